pack-unreadable = impossible de lire ce dossier ou ce fichier ({ $reason }). Vérifiez le chemin.
pack-no-manifest = pas de fichier pack.toml. Chaque pack a un pack.toml à sa racine (voir docs/pack-format.md).
pack-no-lessons = aucune leçon. Ajoutez au moins un fichier .toml dans le dossier lessons/.
pack-not-utf8 = ce fichier n'est pas du texte UTF-8. Enregistrez-le en UTF-8 dans votre éditeur.
pack-syntax = TOML invalide : { $detail }
pack-missing-field = le champ « { $field } » manque ou est vide. Ajoutez-le.
pack-missing-translation = il manque le texte « { $lang } » de « { $field } ». Ajoutez { $field }.{ $lang } = "…" (chaque texte existe en français et en anglais).
pack-unsupported-format = ce pack utilise le format { $found }, cette version de Passerelle lit le format { $supported }. Mettez Passerelle à jour ou écrivez format = { $supported }.
pack-bad-id = l'identifiant « { $value } » de « { $field } » doit n'avoir que des minuscules sans accent, des chiffres et des tirets (exemple : la-souris-1).
pack-duplicate-id = l'identifiant « { $value } » de « { $field } » est déjà utilisé en { $first }. Choisissez un identifiant unique.
pack-unknown-competence = « { $value } » (dans « { $field } ») n'est pas une compétence du référentiel CRCN. Utilisez un code de 1.1 à 5.2 (voir docs/pack-format.md).
pack-bad-level = le niveau { $value } (dans « { $field } ») n'existe pas. Écrivez un niveau de 1 à 8.
pack-unknown-question-type = « { $value } » (dans « { $field } ») n'est pas un type de question connu. Utilisez single, multiple, true-false, typed, fields, order, match ou zone.
pack-answer-not-a-choice = la bonne réponse « { $value } » (dans « { $field } ») n'est pas l'identifiant d'un des choix de la question. Utilisez l'id d'un choix.
pack-answer-not-boolean = « { $field } » doit valoir true (vrai) ou false (faux), sans guillemets.
pack-no-steps = cette leçon n'a aucune étape. Ajoutez au moins un bloc [[steps]].
pack-no-questions = cette leçon n'a aucun exercice. Chaque leçon a des exercices : ajoutez au moins un bloc [[questions]] ou une [steps.activity].
pack-missing-image = l'image « { $file } » (dans « { $field } ») n'est pas dans le dossier media/ du pack. Ajoutez-la ou corrigez son nom.
pack-not-a-pack-file = un pack ne lit pas ce fichier : seuls pack.toml, glossary.toml, les leçons de lessons/ (.toml) et les fichiers de media/ sont lus. Retirez-le, ou rangez-le à sa place.
pack-unsupported-media = ce fichier n'est ni une image PNG ni un enregistrement WAV. Les images des packs sont en PNG, les sons en WAV.
pack-missing-audio = l'enregistrement « { $file } » (dans « { $field } ») n'est pas dans le dossier media/ du pack. Ajoutez-le ou corrigez son nom.
pack-too-few = « { $field } » doit avoir au moins { $min } éléments.
pack-not-a-picture = « { $file } » (dans « { $field } ») n'est pas une image PNG. Les images à cliquer sont des fichiers PNG.
pack-zone-outside-picture = la zone « { $field } » dépasse les bords de son image, qui mesure { $width } × { $height } pixels. Vérifiez ses x, y, width et height.
pack-bad-pixels = « { $field } » = { $value } n'est pas un nombre de pixels valable. Écrivez un nombre entier : 0 ou plus pour x et y, 1 ou plus pour width et height.
pack-answer-not-a-zone = la bonne réponse « { $value } » (dans « { $field } ») n'est l'identifiant d'aucune zone de la question. Utilisez l'identifiant d'une zone.
pack-unknown-activity-type = « { $value } » (dans « { $field } ») n'est pas une activité connue. Utilisez mouse, keyboard, mailbox, form, password, files ou portal.
pack-unknown-mouse-task = « { $value } » (dans « { $field } ») n'est pas un exercice de souris. Utilisez click, double-click, right-click, drag ou scroll.
pack-not-a-web-address = « { $value } » (dans « { $field } ») n'est pas l'adresse d'une page web. Écrivez-la en entier, en commençant par https://.
pack-not-a-check-day = « { $value } » (dans « { $field } ») n'est pas un jour passé écrit AAAA-MM-JJ, par exemple 2026-12-07. Écrivez le jour où une personne a relu la page.
pack-unknown-field-format = « { $value } » (dans « { $field } ») n'est pas un format de champ. Utilisez text, date, email, phone ou postcode.
pack-unknown-spelling = « { $value } » (dans « { $field } ») n'est pas une règle d'orthographe. Utilisez exact (chaque lettre et chaque accent doivent être justes, comme dans une adresse) ou forgiving (les petites fautes de frappe sont acceptées ; c'est le choix par défaut).
pack-no-scam = la boîte de réception « { $field } » n'a aucune arnaque à trouver. Marquez au moins un message avec scam = true.
pack-unknown-page-type = « { $value } » (dans « { $field } ») n'est pas une page connue. Utilisez sign-in, code, form, attach, slots, confirmation, status ou download.
pack-no-free-slot = tous les créneaux de « { $field } » sont pris. Laissez au moins un créneau sans taken = true.
pack-not-a-code = « { $field } » = « { $value } » n'est pas un code. Écrivez de 4 à 8 chiffres.
pack-code-not-in-sms = le SMS « { $field } » (langue { $lang }) ne contient pas le code de la page. Écrivez-y le code.
pack-no-reference = la page « { $field } » montre un numéro de dossier, mais la démarche n'en a pas. Ajoutez reference = "…" à l'activité.
pack-out-of-range = « { $field } » = { $value } n'est pas autorisé. Écrivez un nombre de { $min } à { $max }.
pack-installed = Le pack { $id } (version { $version }) est installé. Les personnes gardent leurs progrès.
pack-install-refused = Le pack n'a pas été installé, et rien n'a changé : { $reason }
pack-install-older = ce PC a la version { $installed }, plus récente que celle du fichier, { $offered }.
pack-archive-not-archive = ce n'est pas un fichier de pack Passerelle ({ $name }).
pack-archive-unsafe-path = le fichier { $name } serait écrit hors du pack.
pack-archive-link = { $name } est un lien, ce qu'un pack ne peut pas contenir.
pack-archive-encrypted = { $name } est chiffré, ce qu'un pack ne peut pas être.
pack-archive-duplicate = le pack contient deux fichiers du même nom.
pack-archive-too-many = le pack contient trop de fichiers.
pack-archive-entry-too-large = { $name } est plus gros qu'un fichier de ce genre ne peut l'être dans un pack.
pack-archive-too-large = les fichiers du pack dépassent 200 Mo en tout.
pack-archive-not-text = { $name } n'est pas du texte en UTF-8.
pack-not-a-number = « { $field } » doit être un nombre, écrit sans guillemets (une tolérance vaut 0 ou plus), par exemple 3.5.
pack-picture-too-large = cette image fait { $width } × { $height } pixels ; un pack prend des images jusqu'à { $max } pixels de large et de haut. Réduisez-la.
pack-picture-damaged = cette image est incomplète ou abîmée : elle ne peut pas être lue. Enregistrez-la à nouveau en PNG.
pack-markup-shown-as-typed = « { $field } » afficherait ** comme deux étoiles : elles ne mettent un mot en valeur que dans le texte des leçons. Enlevez-les.
pack-link = c'est un lien vers un autre fichier ou dossier ; un pack contient ses propres fichiers. Copiez ici le fichier lui-même.
pack-not-a-file = ce n'est ni un fichier ni un dossier (un tube ou un périphérique). Retirez-le du pack.
pack-too-many-files = le pack contient plus de { $max } fichiers. Partagez-le en plusieurs packs.
pack-file-too-large = ce fichier fait { $kilobytes } Ko, plus qu'un fichier de ce genre ne peut faire dans un pack ({ $max } Ko).
pack-too-large = les fichiers du pack font plus de { $max } Mo en tout. Partagez-le en plusieurs packs.
pack-same-name-but-case = ce fichier a le nom de { $other } aux majuscules près : sous Windows, ce serait un seul fichier. Renommez l'un des deux.
pack-bad-version = « { $value } » n'est pas un numéro de version. Écrivez-en un comme 1.0.0 (puis 1.0.1, 1.1.0…).
pack-wrong-type = cette valeur est { $found ->
    [text] un texte entre guillemets
    [whole-number] un nombre entier
    [number] un nombre
    [true-false] true ou false
    [list] une liste entre [ ]
    [table] une table
   *[other] d'un autre genre
}, là où il faut { $expected ->
    [text] un texte entre guillemets (« "…" »)
    [whole-number] un nombre entier sans guillemets (comme 2)
    [number] un nombre sans guillemets (comme 3.5)
    [true-false] true ou false sans guillemets
    [list] une liste entre [ ]
    [table] une table
   *[other] une autre sorte de valeur
}. Corrigez-la sur cette ligne.
pack-not-used-here = « { $field } » n'est jamais montré ici : seuls les choix d'une question à choix unique ou multiple ont une explication. Retirez-le.
pack-in-question = (question « { $id } »)
