editor-open-shelf = Écrire des leçons (éditeur de packs)
editor-shelf-heading = Écrire des leçons
editor-shelf-intro = Écrivez un pack de leçons en français et en anglais, voyez-le comme un habitant, puis enregistrez-le en fichiers pour le partager. Votre travail est gardé au fil de la frappe.
editor-new-pack = Commencer un nouveau pack
editor-open-file = Ouvrir un fichier de pack pour en modifier une copie
editor-drafts = Packs en cours d'écriture
editor-no-drafts = Aucun pack en cours d'écriture.
editor-go-on = Continuer « { $title } »
editor-delete-draft = Supprimer le brouillon « { $title } »
editor-delete-draft-ask = Supprimer le brouillon « { $title } » ? Ce qui n'est pas enregistré en fichiers de pack sera perdu.
editor-delete-draft-yes = Supprimer le brouillon
editor-delete-draft-no = Le garder
editor-builtin = Packs fournis avec Passerelle
editor-copy-builtin = Modifier une copie de « { $title } »
editor-back-to-area = Retour à l'espace animateur
editor-heading = Écriture : { $title }
editor-back-to-shelf = Retour aux packs
editor-undo = Annuler
editor-save-folder = Enregistrer en fichiers de pack (dossier)
editor-save-file = Enregistrer en un seul fichier à partager
editor-import-gift-fr = Ajouter les questions d'un fichier GIFT en français (Moodle)
editor-import-gift-en = Ajouter les questions d'un fichier GIFT en anglais (Moodle)
editor-kept-as-draft = Les changements sont gardés au fil de la frappe. Enregistrez en fichiers de pack pour les utiliser ailleurs.
editor-all-saved = Enregistré en fichiers de pack.
editor-leave-ask = Ces changements sont gardés ici en brouillon, mais pas encore enregistrés en fichiers de pack.
editor-leave-save = Enregistrer d'abord en fichiers de pack
editor-leave-anyway = Quitter (le brouillon reste ici)
editor-stay = Rester
editor-parts = Parties du pack
editor-part-pack = Le pack : titre, auteurs, mots à connaître
editor-part-pack-marks = Le pack : titre, auteurs, mots à connaître — { $count ->
    [one] 1 traduction à vérifier
   *[other] { $count } traductions à vérifier
}
editor-part-lesson = { $n }. { $title }
editor-part-lesson-marks = { $n }. { $title } — { $count ->
    [one] 1 traduction à vérifier
   *[other] { $count } traductions à vérifier
}
editor-add-lesson = Ajouter une leçon
editor-no-problems = Aucun problème : « pack check » accepte ce pack.
editor-problems = { $count ->
    [one] 1 problème à corriger (appuyez dessus pour aller au champ) :
   *[other] { $count } problèmes à corriger (appuyez sur l'un d'eux pour aller à son champ) :
}
editor-more-problems = … et { $count } de plus.
editor-french = français
editor-english = anglais
editor-in-lang = { $field } ({ $lang })
editor-missing-translation = Traduction manquante.
editor-stale = Le français a changé depuis : vérifiez ce texte.
editor-still-right = C'est toujours juste
editor-pack-id = Identifiant du pack (minuscules, chiffres et tirets)
editor-version = Version (par exemple 1.2.0)
editor-licence = Licence (par exemple CC-BY-SA-4.0)
editor-authors = Auteurs (séparés par des virgules)
editor-glossary = Mots à connaître
editor-add-term = Ajouter un mot
editor-remove-term = Retirer le mot { $n }
editor-lesson-heading = Leçon { $n }
editor-lesson-file = Fichier : lessons/{ $file }
editor-preview = Voir comme un habitant
editor-preview-note = Aperçu : rien n'est enregistré.
editor-back-to-editor = Retour à l'éditeur de packs
editor-remove-lesson = Retirer cette leçon
editor-lesson-id = Identifiant de la leçon
editor-competence = Compétence
editor-level = Niveau
editor-level-n = Niveau { $n }
editor-steps = Étapes
editor-step-heading = Étape { $n }
editor-add-step = Ajouter une étape
editor-sources = Sources des faits
editor-sources-hint = Pour les formateurs : les pages d'où viennent les faits de cette leçon. Les personnes qui apprennent ne les voient pas.
editor-source-heading = Source { $n }
editor-source-title = Source { $n } : titre de la page
editor-source-address = Source { $n } : adresse de la page (https://…)
editor-source-checked = Source { $n } : relue le (AAAA-MM-JJ, vide si personne ne l'a encore relue)
editor-add-source = Ajouter une source
editor-remove-source = Retirer la source { $n }
editor-remove-step = Retirer l'étape { $n }
editor-add-easy-text = { $part } : ajouter un texte facile à lire
editor-add-tip = { $part } : ajouter une astuce
editor-picture = Image : { $file }
editor-no-picture = Pas d'image.
editor-choose-picture = { $part } : choisir une image (PNG)
editor-activity = Exercice pratique : { $kind }
editor-questions = Questions
editor-question-heading = Question { $n } — { $kind }
editor-remove-question = Retirer la question { $n }
editor-add-single = Ajouter une question à une seule bonne réponse
editor-add-multiple = Ajouter une question à plusieurs bonnes réponses
editor-add-true-false = Ajouter une question vrai ou faux
editor-add-typed = Ajouter une question à réponse écrite
editor-add-choice = { $part } : ajouter un choix
editor-remove-choice = { $part } : retirer le dernier choix
editor-right-choice = { $part }, bonne réponse : { $choice }
editor-right-choices = Bonnes réponses :
editor-right-true-false = La bonne réponse est :
editor-true = { $part } : vrai
editor-false = { $part } : faux
editor-accepted = Réponses acceptées, une par ligne
editor-exact-spelling = { $part } : orthographe exacte (chaque lettre et chaque accent comptent, comme dans une adresse ou une adresse e-mail)
editor-number-value = { $part } : valeur juste { $n }
editor-number-tolerance = { $part } : écart accepté autour de la valeur { $n }
editor-type-single = une bonne réponse
editor-type-multiple = plusieurs bonnes réponses
editor-type-true-false = vrai ou faux
editor-type-typed = réponse écrite
editor-type-fields = cases à remplir
editor-type-order = remettre dans l'ordre
editor-type-match = relier par paires
editor-type-zone = cliquer sur l'image
editor-type-number = un nombre
editor-type-unknown = type inconnu « { $kind } »
editor-field-title = Titre
editor-field-description = Description
editor-field-text = Texte
editor-field-text_easy = Texte facile à lire
editor-field-tip = Astuce
editor-field-image_alt = Ce que montre l'image (pour qui ne la voit pas)
editor-field-activity = Exercice
editor-field-confirmation = Page de confirmation
editor-field-file = Fichier
editor-field-rename_to = Nouveau nom
editor-field-folder = Dossier
editor-field-other_files = Autre fichier { $n }
editor-field-messages = Message { $n }
editor-field-subject = Objet
editor-field-body = Texte du message
editor-field-clues = Indice { $n }
editor-field-fields = Case { $n }
editor-field-label = Nom
editor-field-prompt = Énoncé
editor-field-choices = Choix { $n }
editor-field-items = Élément { $n }
editor-field-pairs = Paire { $n }
editor-field-left = Gauche
editor-field-right = Droite
editor-field-zones = Zone { $n }
editor-field-explanation = Explication après la réponse
editor-field-terms = Mot { $n }
editor-field-word = Le mot
editor-field-definition = Ce qu'il veut dire
editor-saved-folder = Les fichiers du pack sont enregistrés dans { $path }.
editor-saved-file = Le pack est enregistré en un seul fichier : { $path }.
editor-preview-problems = { $count ->
    [one] Cette leçon a 1 problème à corriger avant de pouvoir être vue.
   *[other] Cette leçon a { $count } problèmes à corriger avant de pouvoir être vue.
}
editor-gift-imported = { $imported ->
        [one] { $imported } question ajoutée
       *[other] { $imported } questions ajoutées
    } dans une nouvelle leçon. { $skipped ->
    [0] Choisissez sa compétence et son niveau, et écrivez les traductions qui manquent.
    [one] 1 élément n'a pas pu être importé (une question ouverte ou une description) : voir le fichier GIFT.
   *[other] { $skipped } éléments n'ont pas pu être importés (questions ouvertes ou descriptions) : voir le fichier GIFT.
}
editor-picture-not-png = Cette image n'est pas un fichier PNG. Enregistrez-la en PNG, puis choisissez-la à nouveau.
editor-picture-too-heavy = Cette image pèse { $kilobytes } Ko ; un pack prend des images jusqu'à { $max } Ko. Réduisez-la, puis choisissez-la à nouveau.
editor-picture-too-large = Cette image fait { $width } × { $height } pixels ; un pack prend des images jusqu'à { $max } pixels de large et de haut.
editor-picture-damaged = Ce fichier image est incomplet ou abîmé : il ne peut pas être lu. Enregistrez-le à nouveau en PNG, puis choisissez-le à nouveau.
editor-gift-not-utf8 = « { $file } » n'est pas du texte UTF-8. Enregistrez-le en UTF-8 dans votre éditeur de texte, puis choisissez-le à nouveau.
editor-add-number = Ajouter une question à réponse en nombre
editor-add-fields = Ajouter une question avec des cases à remplir
editor-add-order = Ajouter une question à remettre dans l'ordre
editor-add-match = Ajouter une question à relier par paires
editor-add-zone = Ajouter une question où cliquer sur une image
editor-add-box = { $part } : ajouter une case
editor-remove-box = { $part } : retirer la dernière case
editor-order-hint = Écrivez les éléments dans le bon ordre : les habitants les voient mélangés.
editor-add-item = { $part } : ajouter un élément
editor-remove-item = { $part } : retirer le dernier élément
editor-add-pair = { $part } : ajouter une paire
editor-remove-pair = { $part } : retirer la dernière paire
editor-add-value = { $part } : ajouter une autre valeur juste
editor-remove-value = { $part } : retirer la dernière valeur
editor-zone-x = { $zone } : depuis la gauche (pixels)
editor-zone-y = { $zone } : depuis le haut (pixels)
editor-zone-width = { $zone } : largeur (pixels)
editor-zone-height = { $zone } : hauteur (pixels)
editor-right-zone = Bonne réponse : { $zone }
editor-add-area = { $part } : ajouter une zone
editor-remove-area = { $part } : retirer la dernière zone
editor-add-activity = { $part } : ajouter un exercice pratique
editor-no-activity = Pas d'exercice
editor-activity-mouse = exercice de souris
editor-activity-keyboard = exercice de clavier
editor-activity-mailbox = boîte mail (repérer les arnaques)
editor-activity-form = formulaire en ligne
editor-activity-password = inventer un mot de passe
editor-activity-files = fichiers et dossiers
editor-activity-id = Identifiant de l'exercice
editor-mouse-tasks = Ce que demande l'exercice de souris :
editor-mouse-click = Cliquer
editor-mouse-double-click = Double-cliquer
editor-mouse-right-click = Clic droit
editor-mouse-drag = Glisser
editor-mouse-scroll = Faire défiler
editor-mouse-targets = Combien de cibles à cliquer (1 à 12)
editor-message-from = { $message } : adresse de l'expéditeur
editor-message-scam = { $message } est une arnaque
editor-add-clue = { $part } : ajouter un indice
editor-remove-clue = { $part } : retirer le dernier indice
editor-add-message = { $part } : ajouter un message
editor-remove-message = { $part } : retirer le dernier message
editor-form-format = { $field } : ce qu'elle accepte
editor-format-text = n'importe quel texte
editor-format-date = une date
editor-format-email = une adresse e-mail
editor-format-phone = un numéro de téléphone
editor-format-postcode = un code postal
editor-form-required = { $field } est obligatoire
editor-add-form-field = { $part } : ajouter une case au formulaire
editor-remove-form-field = { $part } : retirer la dernière case du formulaire
editor-files-recipient = Adresse à qui envoyer le fichier (laissez vide si l'exercice s'arrête une fois le fichier rangé)
editor-add-other-file = { $part } : ajouter un autre fichier dans Téléchargements
editor-remove-other-file = { $part } : retirer le dernier autre fichier
editor-remove-activity = { $part } : retirer l'exercice pratique
editor-question-n = Question { $n }
editor-question-id = Question { $n } : identifiant (unique dans le pack)
editor-field-steps = Étape { $n }
editor-field-questions = Question { $n }
editor-move-step-up = Monter l'étape { $n }
editor-move-question-up = Monter la question { $n }
editor-export-gift-fr = Enregistrer les questions en français pour Moodle (GIFT)
editor-export-gift-en = Enregistrer les questions en anglais pour Moodle (GIFT)
editor-saved-gift = Les questions sont enregistrées dans { $path }, prêtes à importer dans Moodle (Banque de questions, Importer, format GIFT).{ $skipped ->
    [0] {""}
    [one] {" "}1 question d'un genre que GIFT ne peut pas contenir (cases à remplir, ordre, image à cliquer) n'y est pas.
   *[other] {" "}{ $skipped } questions de genres que GIFT ne peut pas contenir (cases à remplir, ordre, image à cliquer) n'y sont pas.
}
