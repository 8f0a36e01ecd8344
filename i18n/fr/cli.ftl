cli-pack-ok = { $path } : aucun problème ({ $lessons } leçons, { $questions } questions, { $activities } exercices pratiques).
cli-pack-problems = { $path } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} à corriger.
cli-about = Passerelle : apprendre les bases de l'ordinateur, sans internet, en français ou en anglais. Sans commande, la fenêtre s'ouvre.
cli-data-dir = Garder toutes les données (profils, progrès) dans ce dossier.
cli-lang = Langue des messages : fr ou en (par défaut : celle du système).
cli-pack = Travailler sur les packs de leçons.
cli-pack-check = Vérifier des packs et afficher chaque problème sous la forme fichier:ligne: message. Code de sortie 1 s'il y a un problème.
cli-pack-check-paths = Dossiers de packs (ou dossiers contenant des packs).
cli-renderer = Comment dessiner la fenêtre : auto (ce qui a marché la dernière fois), standard, ou safe (pour les pilotes graphiques anciens ou défectueux). Retenu sur ce PC.
cli-progress = Déplacer le parcours des personnes d'un PC à l'autre (des fichiers sur une clé USB, par exemple).
cli-progress-export = Enregistrer le parcours des personnes dans un fichier.
cli-progress-out = Le fichier à écrire.
cli-progress-resident = Seulement cette personne (prénom ou surnom) ; à répéter pour plusieurs. Par défaut : tout le monde.
cli-progress-import = Charger des fichiers de parcours, de ce PC ou d'autres, dans ce PC.
cli-progress-files = Les fichiers de parcours.
cli-pack-build = Écrire un dossier de pack dans un seul fichier à partager (il doit passer pack check).
cli-pack-build-dir = Le dossier du pack.
cli-pack-build-out = Le fichier à écrire (.passerelle-pack).
cli-pack-built = Le pack est écrit dans { $path }.
cli-pack-install = Installer un fichier de pack sur ce PC (une version plus récente remplace l'ancienne).
cli-pack-install-file = Le fichier du pack.
cli-pack-install-allow-older = Remplacer le pack installé même si ce fichier en contient une version plus ancienne.
cli-pack-gift = Transformer un fichier de quiz Moodle GIFT en une leçon de questions dans un dossier de pack.
cli-pack-gift-file = Le fichier GIFT.
cli-pack-gift-lang = Sa langue : fr ou en.
cli-pack-gift-into = Le dossier du pack où écrire (créé s'il n'existe pas).
cli-pack-gift-other = La même banque dans l'autre langue, associée par nom de question, sinon par ordre.
cli-pack-gift-competence = La compétence CRCN des questions, par exemple 4.1.
cli-pack-gift-level = Leur niveau, de 1 à 8.
cli-window-open = Passerelle est ouvert sur ce dossier de données ({ $path }). Fermez sa fenêtre, puis relancez la commande. Rien n'a été changé.
cli-no-store = Il n'y a pas encore de données Passerelle dans { $path } : rien à lire.
cli-store-recovered = Les données de Passerelle étaient abîmées ou absentes et ont été remises depuis leur dernière sauvegarde : les réponses données depuis sont perdues.
cli-pack-gift-force = Remplacer le fichier de leçon si le pack en a déjà un de ce nom (sinon rien n'est écrasé).
