"""What the demo's event pages say beyond their plain words: the details a family looks for."""

DESCRIPTIONS = {
    "reunion-de-rentree-cp": {
        "fr": "La maîtresse présente la classe, l’emploi du temps et les sorties de l’année. Elle explique comment votre enfant apprend à lire, ce qui est demandé à la maison et comment la joindre. Vous pouvez poser toutes vos questions ; les petits frères et sœurs sont gardés dans la salle voisine.",
        "en": "The teacher presents the class, the timetable and the year’s outings. She explains how your child learns to read, what is asked at home and how to reach her. You can ask any question; younger brothers and sisters are looked after next door.",
        "ar": "تقدّم المعلمة القسم والجدول الزمني وخرجات السنة. وتشرح كيف يتعلّم طفلكم القراءة، وما المطلوب في البيت، وكيف تتواصلون معها. يمكنكم طرح كل أسئلتكم، ويُعتنى بالإخوة الصغار في القاعة المجاورة.",
    },
    "cafe-des-parents": {
        "fr": "Un moment pour se rencontrer entre parents, avec la directrice ou une enseignante. Café, thé et petits gâteaux sont offerts. Venez quand vous voulez, même dix minutes.",
        "en": "A time for parents to meet, with the head teacher or a teacher. Coffee, tea and biscuits are offered. Come when you like, even for ten minutes.",
        "ar": "لحظة للتعارف بين الأولياء، بحضور المديرة أو إحدى المعلمات. القهوة والشاي والحلويات مجانية. تعالوا متى شئتم، ولو لعشر دقائق.",
    },
    "conseil-decole": {
        "fr": "Le conseil d’école se réunit trois fois par an. On y vote le règlement intérieur, on parle des sorties, de la cantine, des travaux et de la sécurité. Les représentants de parents y portent les questions des familles : écrivez-leur avant la réunion.",
        "en": "The school council meets three times a year. It votes the school rules and talks about outings, the canteen, building works and safety. Parent representatives bring the families’ questions: write to them before the meeting.",
        "ar": "يجتمع مجلس المدرسة ثلاث مرات في السنة. يُصوَّت فيه على النظام الداخلي، ويُتحدَّث عن الخرجات والمطعم والأشغال والسلامة. ينقل ممثلو الأولياء أسئلة العائلات: اكتبوا إليهم قبل الاجتماع.",
    },
    "matinee-portes-ouvertes": {
        "fr": "Les classes de maternelle sont ouvertes toute la matinée. Vous voyez les coins jeux, les ateliers et le dortoir, et vous rencontrez les maîtresses et les ATSEM.",
    },
    "reunion-bilan-cm2": {
        "fr": "L’enseignant présente le bilan du trimestre, les compétences travaillées et la préparation de l’entrée en sixième. Un temps est prévu pour les questions sur le collège de secteur.",
    },
    "atelier-ecrans": {
        "fr": "L’infirmière scolaire propose des idées concrètes : où ranger les écrans le soir, comment en parler avec son enfant, quoi faire à la place. Les enfants sont gardés pendant l’atelier.",
    },
    "reglement-interieur": {
        "fr": "Une réunion courte, en visio, pour expliquer le règlement : horaires, absences, sorties, cantine, sanctions et droits des familles. Le document complet est donné à la fin.",
    },
    "sortie-ferme": {
        "fr": "Les élèves de CE1 passent la journée à la ferme pédagogique : soins aux animaux, potager, pique-nique. Départ en car à 9 h, retour vers 15 h. Prévoir des bottes et un repas froid.",
    },
    "fete-de-lecole": {
        "fr": "Les classes chantent, puis chacun partage un goûter apporté de la maison. Des stands proposent objets et gâteaux au profit de la coopérative scolaire.",
    },
    "cafe-langues": {
        "fr": "Des parents qui parlent plusieurs langues accueillent les familles arrivées récemment : ils expliquent l’école, aident à remplir les papiers et accompagnent aux rendez-vous.",
    },
    "reunion-suivi-ce2": {
        "fr": "L’enseignante présente les progrès de la classe en lecture et en calcul, et des jeux simples à faire à la maison. Vous pouvez ensuite prendre un rendez-vous individuel.",
    },
    "preparation-conseil-representants": {
        "fr": "Les représentants de parents et la directrice préparent ensemble l’ordre du jour du prochain conseil d’école et font le point sur la charte. Réunion réservée aux représentants.",
        "en": "The parent representatives and the head teacher prepare the agenda of the next school council together and review the charter. For representatives only.",
        "ar": "يُعدّ ممثلو الأولياء والمديرة معًا جدول أعمال مجلس المدرسة القادم ويراجعون الميثاق. اجتماع خاص بالممثلين.",
    },
}


def description(slug, language):
    """The description of an event as StreamField data, in `language`, else in French."""
    words = DESCRIPTIONS[slug]
    return [{"type": "paragraph", "value": f"<p>{words.get(language) or words['fr']}</p>"}]
