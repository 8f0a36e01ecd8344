cli-pack-ok = { $path } : aucun problème ({ $lessons ->
        [one] { $lessons } leçon
       *[other] { $lessons } leçons
    }, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $activities ->
        [one] { $activities } exercice pratique
       *[other] { $activities } exercices pratiques
    }).
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
cli-pack-check-sources = Afficher aussi les sources des faits de chaque leçon.
cli-pack-never-checked = { $path } : leçon « { $lesson } » : attention, personne n'a encore relu ses sources pour vérifier ses faits.
cli-pack-check-again = { $path } : leçon « { $lesson } » : attention, ses faits ont été vérifiés le { $date }, il y a plus de 12 mois. Relisez ses sources.
cli-pack-sources = { $path } : leçon « { $lesson } » : { $count ->
        [0] aucune source
        [one] 1 source
       *[other] { $count } sources
    }
cli-pack-source = - { $title } : { $address } ({ $checked })
cli-pack-source-checked = vérifiée le { $date }
cli-pack-source-not-checked = pas encore relue
cli-renderer = Comment dessiner la fenêtre : auto (ce qui a marché la dernière fois), standard, ou safe (pour les pilotes graphiques anciens ou défectueux). Retenu sur ce PC.
cli-progress = Déplacer le parcours des personnes d'un PC à l'autre (des fichiers sur une clé USB, par exemple).
cli-progress-export = Enregistrer dans un fichier le parcours des personnes qui partagent leurs résultats (demande le code des animateurs).
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
cli-pack-export-gift = Écrire les questions d'un pack dans un fichier GIFT pour Moodle, dans une langue.
cli-pack-export-gift-dir = Le dossier du pack.
cli-pack-export-gift-lang = La langue à écrire : fr ou en.
cli-pack-export-gift-out = Le fichier GIFT à écrire.
cli-pack-export-gift-force = Remplacer le fichier s'il existe (sinon rien n'est écrasé).
cli-pin-prompt = Code des animateurs (puis Entrée) :
cli-pin-needed = Cette commande lit ou écrit les données de plusieurs personnes : il faut le code des animateurs. Tapez-le quand il est demandé, ou donnez-le sur l'entrée standard avec --pin-stdin.
cli-pin-not-set = Le code des animateurs n'est pas encore choisi : ouvrez l'espace animateur dans la fenêtre de Passerelle pour le choisir.
cli-pin-wrong = Code faux : rien n'a été fait.
cli-pin-too-soon = Trop d'essais faux : attendez { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, puis réessayez. Rien n'a été fait.
cli-pin-stdin = Lire le code des animateurs sur la première ligne de l'entrée standard (pour les scripts).
cli-attestation = Vérifier les attestations signées, et les clés des structures qui les signent.
cli-attestation-verify = Vérifier une attestation : valide, modifiée, ou signée par une structure que ce PC ne connaît pas. Code de sortie 0 seulement si elle est valide et signée par une structure connue.
cli-attestation-verify-file = Le fichier PDF de l'attestation (ou le texte de sa signature).
cli-attestation-key-about = Afficher la clé de cette structure, à donner aux structures qui vérifient ses attestations.
cli-attestation-keys-about = Écrire les clés que ce PC connaît (celle de cette structure et celles auxquelles il fait confiance) dans un fichier que d'autres structures ajoutent en une fois.
cli-attestation-keys-out = Le fichier à écrire (.passerelle-keys).
cli-attestation-keys-none = Il n'y a encore rien à écrire : choisissez d'abord le code des animateurs et donnez le nom de la structure dans l'espace animateurs.
cli-attestation-not-written = Le fichier { $path } n'a pas pu être écrit : { $detail }
cli-attestation-trust-file-about = Faire confiance à toutes les structures d'un fichier de clés, tel que « attestation keys » l'a écrit pour une autre structure (demande le code des animateurs).
cli-attestation-trust-file-file = Le fichier de clés (.passerelle-keys).
cli-attestation-trust = Faire confiance à la clé d'une autre structure, telle que son « attestation key » l'a affichée (demande le code des animateurs).
cli-attestation-trust-key = La clé (64 caractères).
cli-attestation-trust-structure = Le nom de la structure, tel que ce PC l'affichera.
cli-attestation-unreadable = Le fichier { $path } ne peut pas être lu : { $detail }
cli-attestation-unsigned = { $path } ne porte pas de signature de Passerelle : il n'y a rien à vérifier.
cli-attestation-altered = MODIFIÉE : cette attestation n'est plus telle que sa structure l'a signée. Ne vous y fiez pas.
cli-attestation-page = == Attestation { $page } sur { $count }
cli-attestation-valid-own = VALIDE : signée par cette structure (clé { $key }). Voici ce qu'elle atteste :
cli-attestation-valid-trusted = VALIDE : signée par { $structure } (clé { $key }). Voici ce qu'elle atteste :
cli-attestation-unknown-signer = SIGNÉE PAR UNE STRUCTURE INCONNUE : la signature est juste, mais ce PC ne connaît pas la clé { $key }. Si vous connaissez la structure, faites-lui confiance avec : passerelle attestation trust { $public } --structure "son nom". Voici ce qu'elle atteste :
cli-attestation-key = Clé de { $structure } ({ $key }) : { $public }
cli-attestation-no-key = Cette structure n'a pas encore de clé : elle est faite quand le code des animateurs est choisi ou saisi dans Passerelle.
cli-attestation-bad-key = Ce n'est pas une clé de Passerelle (64 caractères, de 0 à 9 et de a à f), ou le nom de la structure manque. Rien n'a été changé.
cli-attestation-trusted = Ce PC fait maintenant confiance à { $structure } (clé { $key }).
cli-network = Le réseau des bibliothèques : préparer son serveur (pour le service informatique), le rejoindre, se synchroniser.
cli-network-init-server = Créer sur le serveur PostgreSQL le schéma, les rôles et les règles du réseau, ou les mettre à jour.
cli-network-admin-url = L'adresse du propriétaire de la base : postgresql://utilisateur:motdepasse@hôte:port/base
cli-network-certificate = Le certificat du serveur (un fichier PEM), nécessaire quand le serveur est sur un autre ordinateur.
cli-network-add-site = Donner à un site son propre rôle sur le serveur, et écrire son fichier d'adhésion pour les PC du site.
cli-network-site-name = Le nom du site : lettres minuscules, chiffres et tirets, par exemple mediatheque-zola.
cli-network-join-out = Le fichier d'adhésion à écrire. Gardez-le comme une clé : il ouvre le réseau.
cli-network-host = Le nom du serveur tel que les PC du site l'atteignent (par défaut : celui de l'adresse).
cli-network-join = Mettre ce PC sur le réseau avec le fichier d'adhésion de son site (demande le code des animateurs).
cli-network-join-file = Le fichier d'adhésion du site.
cli-network-status = Dire si ce PC est sur un réseau, quand il s'est synchronisé et ce qui attend.
cli-network-sync = Se synchroniser une fois maintenant avec le serveur du réseau, et dire ce qui est passé (demande le code des animateurs).
cli-network-publish-pack = Publier un fichier de pack sur le réseau : chaque PC l'installe à sa prochaine synchronisation (demande le code des animateurs).
cli-network-publish-pack-file = Le fichier de pack (.passerelle-pack, tel que passerelle pack build l'écrit).
