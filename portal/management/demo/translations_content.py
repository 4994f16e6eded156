"""Short translations of the demo's key pages, for the languages their family builders leave out.

Each entry is {language: (title, introduction)}; the introduction goes in the page's own
introduction field (summary for a resource). The charter's translations are in charter_content."""

HOME = {
    "en": (
        "Welcome to the school",
        "The school and families, together. Here you will find how the school works, the calendar and answers to your questions.",
    ),
    "ar": (
        "مرحبًا بكم في المدرسة",
        "المدرسة والعائلات معًا. تجدون هنا كيف تعمل المدرسة والمفكرة وأجوبة عن أسئلتكم.",
    ),
    "es": (
        "Bienvenidos a la escuela",
        "La escuela y las familias, juntas. Aquí encontrará el funcionamiento de la escuela, la agenda y respuestas a sus preguntas.",
    ),
    "pt": (
        "Bem-vindos à escola",
        "A escola e as famílias, juntas. Aqui encontra o funcionamento da escola, a agenda e respostas às suas perguntas.",
    ),
    "tr": (
        "Okula hoş geldiniz",
        "Okul ve aileler birlikte. Burada okulun işleyişini, ajandayı ve sorularınızın yanıtlarını bulacaksınız.",
    ),
    "uk": (
        "Ласкаво просимо до школи",
        "Школа і родини разом. Тут ви знайдете, як працює школа, календар і відповіді на ваші запитання.",
    ),
}

PARENT_SPACE = {
    "en": ("Parents' space", "How the school works, and whom to contact."),
    "ar": ("فضاء الأولياء", "كيف تعمل المدرسة، وبمن تتصلون."),
    "es": ("Espacio de las familias", "Cómo funciona la escuela y a quién dirigirse."),
    "pt": ("Espaço das famílias", "Como funciona a escola e a quem se dirigir."),
    "tr": ("Veli alanı", "Okul nasıl işler ve kime başvurulur."),
    "uk": ("Простір для батьків", "Як працює школа і до кого звертатися."),
}

#: The questions parents ask, (question, answer) in each language the parents' space builder
#: leaves out: the same three as in French, English and Arabic.
PARENT_SPACE_FAQ = {
    "es": [
        (
            "¿Puedo venir con un intérprete o con una persona de confianza?",
            "<p>Sí. Para cualquier cita, puede venir con la persona que usted elija. La escuela "
            "también puede pedir un intérprete: dígalo cuando pida la cita.</p>",
        ),
        (
            "Trabajo hasta tarde. ¿Cómo puedo ver al maestro?",
            "<p>Los maestros ofrecen citas hasta las 19:00 y también por teléfono. Puede pedir "
            "otro momento si lo necesita.</p>",
        ),
        (
            "No leo bien el francés. ¿Cómo puedo seguir lo que dice la escuela?",
            "<p>Este sitio está en varios idiomas: elija el suyo arriba de la página. Muchas "
            "páginas tienen un resumen «en palabras sencillas» y una versión en audio.</p>",
        ),
    ],
    "pt": [
        (
            "Posso vir com um intérprete ou com uma pessoa de confiança?",
            "<p>Sim. Para qualquer reunião, pode vir com a pessoa que escolher. A escola também "
            "pode pedir um intérprete: diga-o quando marcar a reunião.</p>",
        ),
        (
            "Trabalho até tarde. Como posso falar com o professor?",
            "<p>Os professores propõem horários até às 19h e reuniões por telefone. Também pode "
            "pedir outro horário.</p>",
        ),
        (
            "Não leio bem francês. Como posso acompanhar o que a escola diz?",
            "<p>Este site existe em várias línguas: escolha a sua no topo da página. Muitas "
            "páginas têm um resumo «em palavras simples» e uma versão áudio.</p>",
        ),
    ],
    "tr": [
        (
            "Bir tercümanla ya da güvendiğim biriyle gelebilir miyim?",
            "<p>Evet. Her randevuya istediğiniz kişiyle gelebilirsiniz. Okul bir tercüman da "
            "isteyebilir: randevu alırken bunu söyleyin.</p>",
        ),
        (
            "Geç saate kadar çalışıyorum. Öğretmenle nasıl görüşebilirim?",
            "<p>Öğretmenler saat 19.00’a kadar görüşme saatleri ve telefonla görüşme imkânı "
            "sunar. Başka bir zaman da isteyebilirsiniz.</p>",
        ),
        (
            "Fransızcayı iyi okuyamıyorum. Okulun söylediklerini nasıl takip edebilirim?",
            "<p>Bu site birçok dilde var: dilinizi sayfanın üst kısmından seçin. Birçok sayfada "
            "«basit sözcüklerle» bir özet ve sesli bir sürüm bulunur.</p>",
        ),
    ],
    "uk": [
        (
            "Чи можу я прийти з перекладачем або з людиною, якій довіряю?",
            "<p>Так. На будь-яку зустріч ви можете прийти з людиною, яку оберете самі. Школа "
            "також може запросити перекладача: скажіть про це, коли домовляєтеся про зустріч.</p>",
        ),
        (
            "Я працюю допізна. Як мені зустрітися з учителем?",
            "<p>Учителі пропонують час для зустрічей до 19:00, а також розмови телефоном. Ви "
            "можете попросити й про інший час.</p>",
        ),
        (
            "Я погано читаю французькою. Як дізнаватися, що повідомляє школа?",
            "<p>Цей сайт доступний кількома мовами: виберіть свою вгорі сторінки. На багатьох "
            "сторінках є короткий виклад «простими словами» та аудіоверсія.</p>",
        ),
    ],
}

AGENDA = {
    "en": (
        "Calendar",
        "School meetings, cafés and celebrations. Many are in the evening for working parents.",
    ),
    "ar": (
        "المفكرة",
        "اجتماعات المدرسة ولقاءات الأولياء والاحتفالات. كثير منها في المساء للأولياء العاملين.",
    ),
    "es": (
        "Agenda",
        "Reuniones, cafés y fiestas de la escuela. Muchas son al final del día para los padres que trabajan.",
    ),
    "pt": (
        "Agenda",
        "Reuniões, cafés e festas da escola. Muitas são ao fim do dia para os pais que trabalham.",
    ),
    "tr": (
        "Ajanda",
        "Okulun toplantıları, kahve buluşmaları ve kutlamaları. Çoğu çalışan veliler için akşamüstü yapılır.",
    ),
    "uk": (
        "Календар",
        "Збори, кав’ярні для батьків і свята школи. Багато з них увечері, для батьків, які працюють.",
    ),
}

LIBRARY = {
    "en": ("Resources for parents", "Short sheets to support your child at school."),
    "ar": ("موارد للأولياء", "بطاقات قصيرة لمرافقة طفلكم في المدرسة."),
    "es": ("Recursos para los padres", "Fichas cortas para acompañar a su hijo en la escuela."),
    "pt": ("Recursos para os pais", "Fichas curtas para acompanhar o seu filho na escola."),
    "tr": ("Veliler için kaynaklar", "Çocuğunuza okulda eşlik etmek için kısa bilgi kartları."),
    "uk": ("Матеріали для батьків", "Короткі картки, щоб супроводжувати дитину в школі."),
}

#: The ten key resources, by French slug.
RESOURCES = {
    "ecrans-avant-dormir": {
        "es": (
            "Las pantallas antes de dormir",
            "La luz de las pantallas retrasa el sueño. Una hora sin pantallas antes de acostarse ayuda a su hijo a dormir bien.",
        ),
        "pt": (
            "Os ecrãs antes de dormir",
            "A luz dos ecrãs atrasa o sono. Uma hora sem ecrãs antes de deitar ajuda o seu filho a dormir bem.",
        ),
        "tr": (
            "Uyumadan önce ekranlar",
            "Ekran ışığı uykuyu geciktirir. Yatmadan önce ekransız bir saat, çocuğunuzun iyi uyumasına yardım eder.",
        ),
        "uk": (
            "Екрани перед сном",
            "Світло екранів відсуває сон. Година без екранів перед сном допомагає дитині добре спати.",
        ),
    },
    "regle-3-6-9-12": {
        "es": (
            "Las pautas 3-6-9-12 para las pantallas",
            "Pautas sencillas según la edad: nada de pantallas antes de los 3 años, nada de consola propia antes de los 6.",
        ),
        "pt": (
            "As referências 3-6-9-12 para os ecrãs",
            "Referências simples segundo a idade: nada de ecrãs antes dos 3 anos, nada de consola pessoal antes dos 6.",
        ),
        "tr": (
            "Ekranlar için 3-6-9-12 kuralı",
            "Yaşa göre basit ölçüler: 3 yaşından önce ekran yok, 6 yaşından önce kişisel oyun konsolu yok.",
        ),
        "uk": (
            "Орієнтири 3-6-9-12 для екранів",
            "Прості орієнтири за віком: жодних екранів до 3 років, жодної власної консолі до 6.",
        ),
    },
    "temps-ecran-famille": {
        "en": (
            "Setting screen rules as a family",
            "Clear rules, decided together, avoid arguments. Write them down and put them up: they apply to adults too.",
        ),
        "ar": (
            "وضع قواعد للشاشات في العائلة",
            "القواعد الواضحة التي نتفق عليها معًا تجنب الخلافات. اكتبوها وعلقوها: هي للكبار أيضًا.",
        ),
        "es": (
            "Poner normas de pantallas en familia",
            "Normas claras, decididas juntos, evitan las peleas. Escríbalas y cuélguelas: valen también para los adultos.",
        ),
        "pt": (
            "Definir regras de ecrãs em família",
            "Regras claras, decididas em conjunto, evitam discussões. Escreva-as e afixe-as: valem também para os adultos.",
        ),
        "tr": (
            "Ailede ekran kuralları koymak",
            "Birlikte karar verilen açık kurallar tartışmaları önler. Yazın ve asın: yetişkinler için de geçerlidir.",
        ),
        "uk": (
            "Правила екранів у родині",
            "Чіткі правила, ухвалені разом, запобігають сваркам. Запишіть і повісьте їх: вони й для дорослих.",
        ),
    },
    "premier-telephone": {
        "en": (
            "The first mobile phone",
            "Before giving your child a phone, talk about the rules, parental controls and what to do if they see something upsetting.",
        ),
        "ar": (
            "الهاتف المحمول الأول",
            "قبل إعطاء طفلكم هاتفًا، تحدثوا عن قواعد الاستعمال والرقابة الأبوية وما يفعله إذا رأى شيئًا يزعجه.",
        ),
        "es": (
            "El primer teléfono móvil",
            "Antes de dar un teléfono a su hijo, hablen de las normas de uso, del control parental y de qué hacer si ve algo que le molesta.",
        ),
        "pt": (
            "O primeiro telemóvel",
            "Antes de dar um telemóvel ao seu filho, falem das regras de uso, do controlo parental e do que fazer se vir algo que o incomode.",
        ),
        "tr": (
            "İlk cep telefonu",
            "Çocuğunuza telefon vermeden önce kullanım kurallarını, ebeveyn denetimini ve rahatsız edici bir şey görürse ne yapacağını konuşun.",
        ),
        "uk": (
            "Перший мобільний телефон",
            "Перш ніж дати дитині телефон, поговоріть про правила, батьківський контроль і що робити, якщо вона побачить щось тривожне.",
        ),
    },
    "cyberharcelement": {
        "en": (
            "Cyberbullying: spot it and act",
            "Mockery, insults or photos shared without consent: online bullying hurts. The free, anonymous 3018 number helps children and parents.",
        ),
        "ar": (
            "التنمر الإلكتروني: التعرف عليه والتصرف",
            "السخرية أو الشتائم أو الصور المنشورة دون موافقة: التنمر على الإنترنت مؤلم. الرقم 3018 المجاني والسري يساعد الأطفال والأولياء.",
        ),
        "es": (
            "Ciberacoso: detectar y reaccionar",
            "Burlas, insultos o fotos compartidas sin permiso: el acoso en línea hace daño. El número 3018, gratuito y anónimo, ayuda a niños y padres.",
        ),
        "pt": (
            "Ciberbullying: identificar e reagir",
            "Troça, insultos ou fotos partilhadas sem autorização: o assédio online faz sofrer. O número 3018, gratuito e anónimo, ajuda crianças e pais.",
        ),
        "tr": (
            "Siber zorbalık: fark etmek ve harekete geçmek",
            "Alay, hakaret ya da izinsiz paylaşılan fotoğraflar: çevrim içi zorbalık acı verir. Ücretsiz ve gizli 3018 hattı çocuklara ve velilere yardım eder.",
        ),
        "uk": (
            "Кібербулінг: помітити і діяти",
            "Глузування, образи чи фото без згоди: цькування в мережі ранить. Безкоштовний анонімний номер 3018 допомагає дітям і батькам.",
        ),
    },
    "reseaux-sociaux-college": {
        "en": (
            "Social media at secondary school",
            "Most social networks are not allowed before 13. Talk with your child about what they post and their privacy settings.",
        ),
        "ar": (
            "شبكات التواصل الاجتماعي في الإعدادية",
            "معظم شبكات التواصل ممنوعة قبل 13 سنة. تحدثوا مع طفلكم عما ينشره وعن إعدادات الخصوصية.",
        ),
        "es": (
            "Las redes sociales en secundaria",
            "La mayoría de las redes sociales están prohibidas antes de los 13 años. Hable con su hijo de lo que publica y de su privacidad.",
        ),
        "pt": (
            "As redes sociais no 2.º e 3.º ciclo",
            "A maioria das redes sociais é proibida antes dos 13 anos. Fale com o seu filho sobre o que publica e a sua privacidade.",
        ),
        "tr": (
            "Ortaokulda sosyal medya",
            "Çoğu sosyal ağ 13 yaşından önce yasaktır. Çocuğunuzla paylaştıkları ve gizlilik ayarları hakkında konuşun.",
        ),
        "uk": (
            "Соцмережі в середній школі",
            "Більшість соцмереж заборонені до 13 років. Поговоріть з дитиною про те, що вона публікує, і про налаштування приватності.",
        ),
    },
    "jeux-video-pegi": {
        "en": (
            "Video games: understanding PEGI labels",
            "The PEGI logo on a game's box shows the minimum advised age (3, 7, 12, 16, 18) and the content (violence, fear, bad language).",
        ),
        "ar": (
            "ألعاب الفيديو: فهم علامات PEGI",
            "شعار PEGI على علبة اللعبة يبين السن الأدنى المنصوح به (3، 7، 12، 16، 18) والمحتوى (عنف، خوف، ألفاظ نابية).",
        ),
        "es": (
            "Videojuegos: entender el código PEGI",
            "El logo PEGI en la caja de un juego indica la edad mínima aconsejada (3, 7, 12, 16, 18) y los contenidos (violencia, miedo, lenguaje soez).",
        ),
        "pt": (
            "Videojogos: compreender a classificação PEGI",
            "O logótipo PEGI na caixa de um jogo indica a idade mínima aconselhada (3, 7, 12, 16, 18) e os conteúdos (violência, medo, linguagem grosseira).",
        ),
        "tr": (
            "Video oyunları: PEGI işaretlerini anlamak",
            "Oyun kutusundaki PEGI logosu önerilen en düşük yaşı (3, 7, 12, 16, 18) ve içeriği (şiddet, korku, kaba dil) gösterir.",
        ),
        "uk": (
            "Відеоігри: як читати позначки PEGI",
            "Логотип PEGI на коробці гри показує рекомендований мінімальний вік (3, 7, 12, 16, 18) і вміст (насильство, страх, лайка).",
        ),
    },
    "devoirs-sans-stress": {
        "es": (
            "Ayudar con los deberes sin estrés",
            "No hace falta ser experto para ayudar: un lugar tranquilo, un momento fijo y interés por lo que hace su hijo bastan.",
        ),
        "pt": (
            "Ajudar nos trabalhos de casa sem stress",
            "Não é preciso ser especialista para ajudar: um lugar calmo, um momento regular e interesse pelo que o seu filho faz bastam.",
        ),
        "tr": (
            "Stressiz ödev yardımı",
            "Yardım etmek için uzman olmanıza gerek yok: sakin bir ortam, düzenli bir saat ve çocuğunuzun yaptıklarına ilgi yeterlidir.",
        ),
        "uk": (
            "Допомога з домашнім завданням без стресу",
            "Не треба бути експертом, щоб допомогти: спокійне місце, постійний час і інтерес до того, що робить дитина.",
        ),
    },
    "lire-avec-son-enfant": {
        "en": (
            "Reading with your child, in your language",
            "Reading stories, in the home language or in French, gives a taste for books. Every language helps children learn to read.",
        ),
        "ar": (
            "القراءة مع طفلكم بلغتكم",
            "قراءة القصص بلغة البيت أو بالفرنسية تحبب الكتب إلى الطفل. كل اللغات تساعد على تعلم القراءة.",
        ),
        "es": (
            "Leer con su hijo, en su idioma",
            "Leer cuentos, en el idioma de casa o en francés, da gusto por los libros. Todos los idiomas ayudan a aprender a leer.",
        ),
        "pt": (
            "Ler com o seu filho, na sua língua",
            "Ler histórias, na língua de casa ou em francês, dá gosto pelos livros. Todas as línguas ajudam a aprender a ler.",
        ),
        "tr": (
            "Çocuğunuzla kendi dilinizde okumak",
            "Evde konuşulan dilde ya da Fransızca hikâye okumak kitap sevgisi kazandırır. Her dil okumayı öğrenmeye yardım eder.",
        ),
        "uk": (
            "Читати з дитиною своєю мовою",
            "Читання казок мовою дому чи французькою прищеплює любов до книжок. Кожна мова допомагає навчитися читати.",
        ),
    },
    "cahier-de-liaison": {
        "en": (
            "How the home–school notebook works",
            "The notebook links school and home: news, outings, absences. Look at it every evening and sign the notes.",
        ),
        "ar": (
            "دفتر التواصل: كيف يعمل",
            "دفتر التواصل يربط المدرسة بالبيت: معلومات ورحلات وغيابات. اطلعوا عليه كل مساء ووقعوا الرسائل.",
        ),
        "es": (
            "La libreta de enlace, cómo funciona",
            "La libreta une la escuela y la casa: avisos, salidas, ausencias. Mírela cada tarde y firme las notas.",
        ),
        "pt": (
            "A caderneta escolar, como funciona",
            "A caderneta liga a escola e a casa: informações, visitas de estudo, faltas. Veja-a todas as noites e assine os recados.",
        ),
        "tr": (
            "Okul-aile defteri nasıl işler",
            "Defter okul ile evi birbirine bağlar: duyurular, geziler, devamsızlıklar. Her akşam bakın ve notları imzalayın.",
        ),
        "uk": (
            "Щоденник зв’язку: як він працює",
            "Щоденник поєднує школу і дім: новини, екскурсії, пропуски. Переглядайте його щовечора і підписуйте записки.",
        ),
    },
}
