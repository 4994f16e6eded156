"""The demo charter's words: the version adopted last year, in French and in each language its
translations are read in, and the changes of this year's draft (French, the language it is being
written in)."""

TITLE = {
    "fr": "Charte des échanges numériques",
    "en": "Charter for digital communication",
    "ar": "ميثاق التواصل الرقمي",
    "es": "Carta de la comunicación digital",
    "pt": "Carta da comunicação digital",
    "tr": "Dijital iletişim sözleşmesi",
    "uk": "Хартія цифрового спілкування",
}
PREAMBLE = {
    "fr": "Cette charte a été écrite ensemble par les représentants des parents et l’équipe de "
    "l’école. Elle dit comment nous communiquons, pour que chacun soit respecté et que personne "
    "ne soit laissé de côté.",
    "en": "This charter was written together by the parents’ representatives and the school "
    "team. It says how we communicate, so that everyone is respected and nobody is left out.",
    "ar": "كتب هذا الميثاق ممثلو أولياء الأمور وفريق المدرسة معًا. يوضح كيف نتواصل، حتى يُحترم "
    "الجميع ولا يُترك أحد جانبًا.",
    "es": "Esta carta la escribieron juntos los representantes de los padres y el equipo de la "
    "escuela. Dice cómo nos comunicamos, para que todos sean respetados y nadie se quede atrás.",
    "pt": "Esta carta foi escrita em conjunto pelos representantes dos pais e pela equipa da "
    "escola. Diz como comunicamos, para que todos sejam respeitados e ninguém fique de fora.",
    "tr": "Bu sözleşmeyi veli temsilcileri ve okul ekibi birlikte yazdı. Herkesin saygı görmesi "
    "ve kimsenin dışarıda kalmaması için nasıl iletişim kurduğumuzu anlatır.",
    "uk": "Цю хартію разом написали представники батьків і команда школи. Вона пояснює, як ми "
    "спілкуємося, щоб кожного поважали і ніхто не залишився осторонь.",
}
PLAIN_WORDS = {
    "fr": "Personne ne doit répondre tout de suite. L’école écrit en journée et répond en trois "
    "jours. Le papier et le téléphone restent possibles.",
    "en": "Nobody has to answer straight away. The school writes during the day and answers "
    "within three days. Paper and phone are still possible.",
    "ar": "لا أحد مطالب بالرد فورًا. تكتب المدرسة في النهار وترد خلال ثلاثة أيام. تبقى الورقة "
    "والهاتف ممكنين.",
    "es": "Nadie tiene que contestar enseguida. La escuela escribe de día y contesta en tres "
    "días. Siempre puede usar el papel y el teléfono.",
    "pt": "Ninguém tem de responder logo. A escola escreve durante o dia e responde em três dias. "
    "Pode continuar a usar o papel e o telefone.",
    "tr": "Kimse hemen cevap vermek zorunda değil. Okul gündüz yazar ve üç gün içinde cevap "
    "verir. Kâğıt ve telefonu da her zaman kullanabilirsiniz.",
    "uk": "Ніхто не мусить відповідати одразу. Школа пише вдень і відповідає протягом трьох "
    "днів. Папером і телефоном теж можна користуватися.",
}

#: The body that adopted it, as parents know it in each language.
ADOPTED_BY = {
    "fr": "Conseil d’école",
    "en": "the school council",
    "ar": "مجلس المدرسة",
    "es": "el Consejo Escolar",
    "pt": "Conselho de Escola",  # a name: "por o conselho" would have to read "pelo"
    "tr": "okul konseyi",
    "uk": "шкільна рада",
}

#: (anchor, {language: (title, text, plain words)}) in order.
ARTICLES = [
    (
        "outils-numeriques",
        {
            "fr": (
                "L’usage des outils numériques",
                "L’école utilise le portail Passerelle et la messagerie de l’école pour informer "
                "les familles. Aucune famille n’est obligée d’avoir un ordinateur : chaque "
                "information importante existe aussi sur papier, dans le cahier de liaison.",
                "Le portail et le cahier de liaison disent la même chose.",
            ),
            "en": (
                "Using digital tools",
                "The school uses the Passerelle portal and the school messaging service to inform "
                "families. No family has to own a computer: every important piece of information "
                "also exists on paper, in the home–school notebook.",
                "The portal and the notebook say the same thing.",
            ),
            "ar": (
                "استعمال الأدوات الرقمية",
                "تستعمل المدرسة بوابة باسرال ومراسلة المدرسة لإخبار العائلات. لا تُلزم أي عائلة "
                "بامتلاك حاسوب: كل معلومة مهمة موجودة أيضًا على الورق في دفتر المراسلة.",
                "البوابة ودفتر المراسلة يقولان الشيء نفسه.",
            ),
            "es": (
                "El uso de las herramientas digitales",
                "La escuela usa el portal Passerelle y la mensajería de la escuela para informar "
                "a las familias. Ninguna familia está obligada a tener un ordenador: toda "
                "información importante existe también en papel, en el cuaderno de enlace.",
                "El portal y el cuaderno de enlace dicen lo mismo.",
            ),
            "pt": (
                "A utilização das ferramentas digitais",
                "A escola usa o portal Passerelle e o serviço de mensagens da escola para informar "
                "as famílias. Nenhuma família é obrigada a ter um computador: todas as "
                "informações importantes existem também em papel, na caderneta escolar.",
                "O portal e a caderneta dizem a mesma coisa.",
            ),
            "tr": (
                "Dijital araçların kullanımı",
                "Okul, aileleri bilgilendirmek için Passerelle portalını ve okulun mesajlaşma "
                "sistemini kullanır. Hiçbir aile bilgisayar sahibi olmak zorunda değildir: her "
                "önemli bilgi kâğıt üzerinde, okul-aile iletişim defterinde de bulunur.",
                "Portal ve iletişim defteri aynı şeyi söyler.",
            ),
            "uk": (
                "Використання цифрових інструментів",
                "Школа інформує родини через портал Passerelle і шкільну систему повідомлень. "
                "Жодна родина не зобов’язана мати комп’ютер: уся важлива інформація є також на "
                "папері, у зошиті для зв’язку зі школою.",
                "Портал і зошит для зв’язку кажуть те саме.",
            ),
        },
    ),
    (
        "pas-de-reponse-immediate",
        {
            "fr": (
                "Personne ne doit une réponse immédiate",
                "Un message n’appelle pas de réponse dans l’heure, ni pour les parents ni pour "
                "les enseignants. Chacun répond quand il le peut, dans le délai prévu à "
                "l’article 5.",
                "Vous pouvez prendre le temps de répondre.",
            ),
            "en": (
                "Nobody owes an immediate reply",
                "A message does not call for an answer within the hour, for parents or for "
                "teachers. Everyone answers when they can, within the time set in article 5.",
                "You can take your time to answer.",
            ),
            "ar": (
                "لا أحد ملزم بالرد الفوري",
                "الرسالة لا تستدعي ردًا خلال ساعة، لا من الأولياء ولا من المعلمين. يرد كل واحد "
                "عندما يستطيع، في الأجل المحدد في المادة 5.",
                "يمكنكم أخذ وقتكم للرد.",
            ),
            "es": (
                "Nadie debe una respuesta inmediata",
                "Un mensaje no exige una respuesta en menos de una hora, ni de los padres ni de "
                "los maestros. Cada uno contesta cuando puede, dentro del plazo previsto en el "
                "artículo 5.",
                "Puede tomarse su tiempo para contestar.",
            ),
            "pt": (
                "Ninguém deve uma resposta imediata",
                "Uma mensagem não pede resposta dentro de uma hora, nem aos pais nem aos "
                "professores. Cada um responde quando pode, no prazo previsto no artigo 5.",
                "Pode levar o seu tempo a responder.",
            ),
            "tr": (
                "Kimse hemen cevap vermek zorunda değildir",
                "Bir mesaja bir saat içinde cevap vermek gerekmez; ne veliler ne de öğretmenler "
                "için. Herkes, 5. maddede belirtilen süre içinde, yapabildiği zaman cevap verir.",
                "Cevap vermek için acele etmenize gerek yok.",
            ),
            "uk": (
                "Ніхто не зобов’язаний відповідати негайно",
                "Повідомлення не вимагає відповіді протягом години — ні від батьків, ні від "
                "учителів. Кожен відповідає, коли може, у строк, визначений у статті 5.",
                "Ви можете не поспішати з відповіддю.",
            ),
        },
    ),
    (
        "droit-a-la-deconnexion",
        {
            "fr": (
                "Le droit à la déconnexion",
                "Les enseignants et la direction n’envoient pas de message entre 19 h et 7 h, ni "
                "le week-end, ni pendant les vacances, sauf urgence pour la sécurité d’un enfant. "
                "Les parents ne sont pas tenus de lire les messages à ces moments.",
                "Le soir, le week-end et en vacances, on ne s’écrit pas.",
            ),
            "en": (
                "The right to disconnect",
                "Teachers and the head do not send messages between 7 pm and 7 am, at weekends "
                "or during the holidays, except for an emergency about a child’s safety. Parents "
                "do not have to read messages at those times.",
                "In the evening, at weekends and in the holidays, nobody writes.",
            ),
            "ar": (
                "الحق في الانقطاع عن الاتصال",
                "لا يرسل المعلمون والإدارة رسائل بين السابعة مساءً والسابعة صباحًا، ولا في عطلة "
                "نهاية الأسبوع، ولا أثناء العطل، إلا في حالة طارئة تخص سلامة طفل. ولا يُلزم "
                "الأولياء بقراءة الرسائل في هذه الأوقات.",
                "في المساء وعطلة نهاية الأسبوع والعطل، لا نتراسل.",
            ),
            "es": (
                "El derecho a la desconexión",
                "Los maestros y la dirección no envían mensajes entre las 19:00 y las 7:00, ni "
                "el fin de semana, ni durante las vacaciones, salvo una urgencia por la "
                "seguridad de un niño. Los padres no tienen que leer los mensajes en esos "
                "momentos.",
                "Por la noche, el fin de semana y en vacaciones, nadie escribe.",
            ),
            "pt": (
                "O direito a desligar",
                "Os professores e a direção não enviam mensagens entre as 19h e as 7h, nem ao "
                "fim de semana, nem durante as férias, salvo em caso de urgência para a "
                "segurança de uma criança. Os pais não são obrigados a ler as mensagens nesses "
                "momentos.",
                "À noite, ao fim de semana e nas férias, ninguém escreve.",
            ),
            "tr": (
                "Bağlantıyı kesme hakkı",
                "Öğretmenler ve okul müdürlüğü, bir çocuğun güvenliğiyle ilgili acil bir durum "
                "dışında, saat 19.00 ile 07.00 arasında, hafta sonu ve tatillerde mesaj "
                "göndermez. Veliler bu saatlerde mesajları okumak zorunda değildir.",
                "Akşamları, hafta sonu ve tatilde kimse yazmaz.",
            ),
            "uk": (
                "Право на відключення",
                "Учителі й дирекція не надсилають повідомлень з 19:00 до 7:00, у вихідні та під "
                "час канікул, крім невідкладних випадків, що стосуються безпеки дитини. Батьки "
                "не зобов’язані читати повідомлення в цей час.",
                "Увечері, у вихідні та на канікулах ніхто не пише.",
            ),
        },
    ),
    (
        "creneau-de-publication",
        {
            "fr": (
                "Le créneau de publication",
                "Les informations de l’école sont publiées les jours de classe, entre 8 h et "
                "18 h. Les informations de la semaine suivante sont publiées au plus tard le "
                "vendredi à 16 h.",
                "L’école publie en journée, les jours de classe.",
            ),
            "en": (
                "The publication slot",
                "School news is published on school days between 8 am and 6 pm. News about the "
                "following week is published by Friday 4 pm at the latest.",
                "The school publishes during the day, on school days.",
            ),
            "ar": (
                "وقت النشر",
                "تُنشر معلومات المدرسة في أيام الدراسة بين الثامنة صباحًا والسادسة مساءً. وتُنشر "
                "معلومات الأسبوع الموالي يوم الجمعة على الساعة الرابعة مساءً على أقصى تقدير.",
                "تنشر المدرسة في النهار، في أيام الدراسة.",
            ),
            "es": (
                "El horario de publicación",
                "La información de la escuela se publica los días de clase, entre las 8:00 y "
                "las 18:00. La información de la semana siguiente se publica como muy tarde el "
                "viernes a las 16:00.",
                "La escuela publica de día, los días de clase.",
            ),
            "pt": (
                "O horário de publicação",
                "As informações da escola são publicadas nos dias de aulas, entre as 8h e as "
                "18h. As informações da semana seguinte são publicadas, o mais tardar, na "
                "sexta-feira às 16h.",
                "A escola publica durante o dia, nos dias de aulas.",
            ),
            "tr": (
                "Yayın saatleri",
                "Okulun duyuruları ders günlerinde, saat 08.00 ile 18.00 arasında yayımlanır. "
                "Bir sonraki haftanın duyuruları en geç cuma günü saat 16.00’da yayımlanır.",
                "Okul, ders günlerinde gündüz yayımlar.",
            ),
            "uk": (
                "Час публікацій",
                "Інформацію школи публікують у навчальні дні, з 8:00 до 18:00. Інформацію на "
                "наступний тиждень публікують не пізніше п’ятниці, 16:00.",
                "Школа публікує вдень, у навчальні дні.",
            ),
        },
    ),
    (
        "delai-de-reponse",
        {
            "fr": (
                "Le délai de réponse de l’équipe",
                "L’équipe répond aux messages des familles dans les trois jours de classe. "
                "Si la réponse demande plus de temps, elle le dit et donne une date.",
                "L’école vous répond en trois jours de classe.",
            ),
            "en": (
                "How fast the team answers",
                "The team answers families’ messages within three school days. If the answer "
                "needs more time, it says so and gives a date.",
                "The school answers you within three school days.",
            ),
            "ar": (
                "أجل رد الفريق",
                "يرد الفريق على رسائل العائلات خلال ثلاثة أيام دراسة. وإذا تطلب الرد وقتًا أطول، "
                "يخبر بذلك ويحدد تاريخًا.",
                "ترد المدرسة عليكم خلال ثلاثة أيام دراسة.",
            ),
            "es": (
                "El plazo de respuesta del equipo",
                "El equipo contesta los mensajes de las familias en un plazo de tres días de "
                "clase. Si la respuesta necesita más tiempo, lo dice y da una fecha.",
                "La escuela le contesta en tres días de clase.",
            ),
            "pt": (
                "O prazo de resposta da equipa",
                "A equipa responde às mensagens das famílias no prazo de três dias de aulas. Se "
                "a resposta precisar de mais tempo, a equipa avisa e indica uma data.",
                "A escola responde-lhe em três dias de aulas.",
            ),
            "tr": (
                "Ekibin cevap süresi",
                "Ekip, ailelerin mesajlarına üç ders günü içinde cevap verir. Cevap daha uzun "
                "sürecekse bunu söyler ve bir tarih verir.",
                "Okul size üç ders günü içinde cevap verir.",
            ),
            "uk": (
                "Строк відповіді команди",
                "Команда відповідає на повідомлення родин протягом трьох навчальних днів. Якщо "
                "для відповіді потрібно більше часу, вона про це повідомляє і називає дату.",
                "Школа відповідає вам протягом трьох навчальних днів.",
            ),
        },
    ),
    (
        "joindre-l-equipe",
        {
            "fr": (
                "Comment joindre l’équipe",
                "Pour une question, écrivez par le portail ou dans le cahier de liaison, ou "
                "téléphonez au secrétariat le matin. Pour une urgence, téléphonez à l’école. "
                "Un rendez-vous est toujours possible, avec un interprète si besoin.",
                "Écrivez, téléphonez ou demandez un rendez-vous.",
            ),
            "en": (
                "How to reach the team",
                "For a question, write through the portal or in the notebook, or phone the "
                "office in the morning. For an emergency, phone the school. An appointment is "
                "always possible, with an interpreter if needed.",
                "Write, phone or ask for an appointment.",
            ),
            "ar": (
                "كيف تتصلون بالفريق",
                "لأي سؤال، اكتبوا عبر البوابة أو في دفتر المراسلة، أو اتصلوا بالكتابة صباحًا. "
                "في حالة طارئة، اتصلوا بالمدرسة. الموعد ممكن دائمًا، مع مترجم عند الحاجة.",
                "اكتبوا أو اتصلوا أو اطلبوا موعدًا.",
            ),
            "es": (
                "Cómo contactar con el equipo",
                "Si tiene una pregunta, escriba por el portal o en el cuaderno de enlace, o llame "
                "a la secretaría por la mañana. En caso de urgencia, llame a la escuela. Siempre "
                "puede pedir una cita, con un intérprete si hace falta.",
                "Escriba, llame o pida una cita.",
            ),
            "pt": (
                "Como contactar a equipa",
                "Se tiver uma pergunta, escreva pelo portal ou na caderneta, ou telefone para a "
                "secretaria de manhã. Em caso de urgência, telefone para a escola. É sempre "
                "possível marcar uma reunião, com um intérprete se for preciso.",
                "Escreva, telefone ou peça uma reunião.",
            ),
            "tr": (
                "Ekibe nasıl ulaşılır",
                "Bir sorunuz varsa portal üzerinden ya da iletişim defterine yazın veya sabah "
                "okul sekreterliğini arayın. Acil bir durumda okulu arayın. Gerekirse bir "
                "tercümanla birlikte her zaman randevu alabilirsiniz.",
                "Yazın, arayın ya da randevu isteyin.",
            ),
            "uk": (
                "Як зв’язатися з командою",
                "Якщо маєте запитання, напишіть через портал або в зошиті для зв’язку чи "
                "зателефонуйте до секретаріату вранці. У невідкладному випадку телефонуйте до "
                "школи. Зустріч можлива завжди, за потреби — з перекладачем.",
                "Напишіть, зателефонуйте або попросіть про зустріч.",
            ),
        },
    ),
    (
        "langues-des-familles",
        {
            "fr": (
                "Les langues des familles",
                "Les pages importantes sont traduites dans les langues des familles de l’école. "
                "Une famille peut demander qu’un message lui soit expliqué de vive voix.",
                "Vous pouvez lire dans votre langue ou demander une explication.",
            ),
            "en": (
                "Families’ languages",
                "Important pages are translated into the languages of the school’s families. A "
                "family may ask for a message to be explained in person.",
                "You can read in your language or ask for an explanation.",
            ),
            "ar": (
                "لغات العائلات",
                "تُترجم الصفحات المهمة إلى لغات عائلات المدرسة. ويمكن لأي عائلة أن تطلب شرح "
                "رسالة شفهيًا.",
                "يمكنكم القراءة بلغتكم أو طلب شرح.",
            ),
            "es": (
                "Las lenguas de las familias",
                "Las páginas importantes se traducen a las lenguas de las familias de la escuela. "
                "Una familia puede pedir que le expliquen un mensaje de palabra.",
                "Puede leer en su lengua o pedir una explicación.",
            ),
            "pt": (
                "As línguas das famílias",
                "As páginas importantes são traduzidas para as línguas das famílias da escola. "
                "Uma família pode pedir que lhe expliquem uma mensagem de viva voz.",
                "Pode ler na sua língua ou pedir uma explicação.",
            ),
            "tr": (
                "Ailelerin dilleri",
                "Önemli sayfalar okuldaki ailelerin dillerine çevrilir. Bir aile, bir mesajın "
                "kendisine yüz yüze açıklanmasını isteyebilir.",
                "Kendi dilinizde okuyabilir ya da açıklama isteyebilirsiniz.",
            ),
            "uk": (
                "Мови родин",
                "Важливі сторінки перекладають мовами родин нашої школи. Родина може попросити, "
                "щоб їй пояснили повідомлення усно.",
                "Ви можете читати своєю мовою або попросити пояснення.",
            ),
        },
    ),
    (
        "respect-et-images",
        {
            "fr": (
                "Le respect et les photos",
                "Les échanges restent polis et bienveillants. Aucune photo d’enfant prise à "
                "l’école n’est publiée sur les réseaux sociaux sans l’accord écrit de ses "
                "parents.",
                "On reste poli. Pas de photo d’enfant sans accord.",
            ),
            "en": (
                "Respect and photos",
                "Exchanges stay polite and kind. No photo of a child taken at school is posted "
                "on social networks without the written consent of their parents.",
                "Stay polite. No photo of a child without consent.",
            ),
            "ar": (
                "الاحترام والصور",
                "تبقى المراسلات مهذبة ولطيفة. لا تُنشر أي صورة لطفل التُقطت في المدرسة على "
                "شبكات التواصل الاجتماعي دون موافقة مكتوبة من والديه.",
                "نبقى مهذبين. لا صور للأطفال دون موافقة.",
            ),
            "es": (
                "El respeto y las fotos",
                "Los mensajes son siempre educados y amables. Ninguna foto de un niño tomada en "
                "la escuela se publica en las redes sociales sin el permiso por escrito de sus "
                "padres.",
                "Seamos educados. Ninguna foto de un niño sin permiso.",
            ),
            "pt": (
                "O respeito e as fotografias",
                "As mensagens são sempre educadas e respeitosas. Nenhuma fotografia de uma "
                "criança tirada na escola é publicada nas redes sociais sem autorização escrita "
                "dos pais.",
                "Falamos com educação. Nenhuma fotografia de uma criança sem autorização.",
            ),
            "tr": (
                "Saygı ve fotoğraflar",
                "Yazışmalar her zaman kibar ve nazik kalır. Okulda çekilen hiçbir çocuk "
                "fotoğrafı, anne babasının yazılı izni olmadan sosyal medyada paylaşılmaz.",
                "Kibar olalım. İzin olmadan çocuk fotoğrafı paylaşılmaz.",
            ),
            "uk": (
                "Повага і фотографії",
                "Спілкування залишається ввічливим і доброзичливим. Жодне фото дитини, зроблене в "
                "школі, не публікують у соцмережах без письмової згоди її батьків.",
                "Будьмо ввічливими. Жодних фото дітей без згоди.",
            ),
        },
    ),
]

#: This year's draft: changed wordings, by anchor (French).
DRAFT_CHANGES = {
    "delai-de-reponse": "L’équipe répond aux messages des familles dans les deux jours de classe. "
    "Si la réponse demande plus de temps, elle le dit et donne une date.",
    "creneau-de-publication": "Les informations de l’école sont publiées les jours de classe, "
    "entre 8 h et 18 h. Les informations de la semaine suivante sont publiées au plus tard le "
    "jeudi à 18 h, pour laisser le week-end libre.",
}

#: (kind, anchor, title, text, reason, state, answer) — proposals of the open consultation.
PROPOSALS = [
    (
        "change",
        "droit-a-la-deconnexion",
        "",
        "Les enseignants et la direction n’envoient pas de message entre 18 h et 8 h, ni le "
        "week-end, ni pendant les vacances, sauf urgence pour la sécurité d’un enfant.",
        "Beaucoup de parents commencent tôt et finissent tard : une heure de plus le soir et le "
        "matin compte.",
        "pending",
        "",
    ),
    (
        "new",
        "",
        "Les familles sans internet",
        "Une famille sans internet reçoit chaque semaine sur papier les informations publiées "
        "sur le portail.",
        "Trois familles de notre classe n’ont pas internet à la maison.",
        "accepted",
        "Oui : le secrétariat imprimera la page de la semaine chaque vendredi.",
    ),
    (
        "remove",
        "respect-et-images",
        "",
        "",
        "Le règlement intérieur dit déjà tout cela.",
        "rejected",
        "Nous gardons cet article : beaucoup de familles ne lisent pas le règlement intérieur.",
    ),
    (
        "change",
        "droit-a-la-deconnexion",
        "",
        "Pas de message après 18 h.",
        "Le soir, c’est le temps de la famille.",
        "merged",
        "Même idée que la proposition sur les horaires du soir : nous les étudions ensemble.",
    ),
]

COMMENTS = [
    ("delai-de-reponse", "Deux jours, c’est bien, mais il faut le dire aussi sur papier."),
    ("langues-des-familles", "Pourrait-on ajouter le turc ? Plusieurs familles le parlent."),
]

MINUTES = [
    {
        "title": "Réunion des représentants du 6 octobre",
        "slug": "reunion-6-octobre",
        "date": (10, 6),
        "attendees": "Mme Martin (directrice), Fatou Diallo, Youssef Amrani, deux parents "
        "suppléants",
        "body": "Présentation de l’année, des projets de classe et du calendrier des conseils "
        "d’école. Les représentants ont demandé une réunion de suivi par trimestre.",
        "decisions": "Une réunion de suivi par trimestre.\nFatou Diallo est la représentante "
        "privilégiée de l’équipe.\nLa charte sera revue avant les vacances d’hiver.",
    },
    {
        "title": "Réunion des représentants du 17 novembre",
        "slug": "reunion-17-novembre",
        "date": (11, 17),
        "attendees": "Mme Martin (directrice), M. Benali (enseignant), Fatou Diallo, Youssef "
        "Amrani",
        "body": "Point sur la consultation de la charte et sur l’accueil des familles qui "
        "n’ont pas internet. Le secrétariat imprimera les informations de la semaine.",
        "decisions": "La consultation sur la charte est ouverte jusqu’à la fin du mois.\nLes "
        "informations de la semaine seront aussi affichées à l’entrée.",
    },
]

AGENDA = """Réunion des représentants – décembre

1. Bilan de la consultation sur la charte
2. Accueil des familles sans internet
3. Préparation du conseil d’école
"""
