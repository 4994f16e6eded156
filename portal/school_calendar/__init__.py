"""The school's calendar: terms, school holidays, public holidays and the school's own days.

Other parts of the site ask it through `portal.school_calendar.calendar.calendar_for`.
"""
