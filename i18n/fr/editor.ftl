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
editor-remove-term = Retirer ce mot
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
editor-remove-step = Retirer cette étape
editor-add-easy-text = Ajouter un texte facile à lire
editor-add-tip = Ajouter une astuce
editor-picture = Image : { $file }
editor-no-picture = Pas d'image.
editor-choose-picture = Choisir une image (PNG)
editor-activity = Exercice pratique : { $kind }
editor-questions = Questions
editor-question-heading = Question { $n } — { $kind }
editor-remove-question = Retirer cette question
editor-add-single = Ajouter une question à une seule bonne réponse
editor-add-multiple = Ajouter une question à plusieurs bonnes réponses
editor-add-true-false = Ajouter une question vrai ou faux
editor-add-typed = Ajouter une question à réponse écrite
editor-add-choice = Ajouter un choix
editor-remove-choice = Retirer le dernier choix
editor-right-choice = Bonne réponse : { $choice }
editor-right-choices = Bonnes réponses :
editor-right-true-false = La bonne réponse est :
editor-true = Vrai
editor-false = Faux
editor-accepted = Réponses acceptées, une par ligne
editor-number-value = Valeur juste
editor-number-tolerance = Écart accepté
editor-parts-in-file = Les parties de cette question se changent dans son fichier ; leurs textes sont ici.
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
editor-field-prompt = Question
editor-field-choices = Choix { $n }
editor-field-items = Élément { $n }
editor-field-pairs = Paire { $n }
editor-field-left = Gauche
editor-field-right = Droite
editor-field-zones = Zone { $n }
editor-field-explanation = Explication après la réponse
editor-field-terms = Mot { $n }
editor-field-word = Mot
editor-field-definition = Ce qu'il veut dire
editor-saved-folder = Les fichiers du pack sont enregistrés dans { $path }.
editor-saved-file = Le pack est enregistré en un seul fichier : { $path }.
editor-preview-problems = { $count ->
    [one] Cette leçon a 1 problème à corriger avant de pouvoir être vue.
   *[other] Cette leçon a { $count } problèmes à corriger avant de pouvoir être vue.
}
editor-gift-imported = { $imported } questions ajoutées dans une nouvelle leçon. { $skipped ->
    [0] Choisissez sa compétence et son niveau, et écrivez les traductions qui manquent.
   *[other] { $skipped } éléments n'ont pas pu être importés (questions ouvertes ou descriptions) : voir le fichier GIFT.
}
editor-picture-not-png = Cette image n'est pas un fichier PNG. Enregistrez-la en PNG, puis choisissez-la à nouveau.
editor-picture-too-heavy = Cette image pèse { $kilobytes } Ko ; un pack prend des images jusqu'à { $max } Ko. Réduisez-la, puis choisissez-la à nouveau.
editor-picture-too-large = Cette image fait { $width } × { $height } pixels ; un pack prend des images jusqu'à { $max } pixels de large et de haut.
editor-gift-not-utf8 = « { $file } » n'est pas du texte UTF-8. Enregistrez-le en UTF-8 dans votre éditeur de texte, puis choisissez-le à nouveau.
