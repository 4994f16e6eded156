"""Partners around the school (national mediation standard), the parents' digital questionnaire,
and parents' questions with their published answers."""
