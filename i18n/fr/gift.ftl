gift-skipped-essay = Ligne { $line } : une question de rédaction n'est pas importée (il n'y a pas de bonne réponse à vérifier).
gift-skipped-description = Ligne { $line } : une description sans réponse n'est pas importée.
gift-skipped-unreadable = Ligne { $line } : cette question n'a pas pu être lue et n'est pas importée.
gift-imported = { $count ->
        [one] { $count } question écrite
       *[other] { $count } questions écrites
    } dans { $path }. Lancez « passerelle pack check » pour voir les traductions et les explications à compléter.
gift-bad-arguments = Donnez --in fr ou en, une compétence CRCN comme 4.1, et un niveau de 1 à 8.
gift-not-text = la ligne { $line } contient un caractère qui n'est ni du texte UTF-8 ni du Windows-1252. Enregistrez le fichier en texte UTF-8, puis importez-le à nouveau.
gift-nothing-imported = { $file } : aucune question de ce fichier ne peut être importée. Rien n'a été écrit.
gift-lesson-exists = { $path } existe déjà et contient peut-être vos modifications : rien n'a été écrit. Donnez un autre nom de fichier, ou ajoutez --force pour le remplacer.
gift-changed-partial-credit = Ligne { $line } : les points partiels (%…%) ne sont pas gardés : seules les réponses entièrement justes comptent, car Passerelle ne donne pas de points partiels.
gift-changed-answer-feedback = Ligne { $line } : le commentaire écrit pour une réponse (#…) n'est pas gardé, car il serait montré après les autres réponses aussi. Écrivez l'explication de la question (pack check la signale).
gift-changed-only-first-right = Ligne { $line } : cette question à réponse unique a plusieurs réponses = ; seule la première est juste.
gift-file-exists = { $path } existe déjà : rien n'a été écrit. Donnez un autre nom de fichier, ou ajoutez --force pour le remplacer.
gift-export-skipped = { $lesson }, question { $question } : une question « { $type } » n'a pas de forme GIFT et n'est pas dans le fichier.
gift-exported = { $count ->
        [one] { $count } question écrite
       *[other] { $count } questions écrites
    } dans { $path }, prêtes à importer dans Moodle (Banque de questions, Importer, format GIFT).
