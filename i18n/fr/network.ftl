# Le réseau des bibliothèques (src/network/, src/cli/network.rs, l'espace animateurs).
network-join-not-join-file = { $file }, ligne { $line } : ce n'est pas un fichier d'adhésion Passerelle. Rien n'a été changé.
network-join-newer = { $file } : ce fichier d'adhésion vient d'un Passerelle plus récent. Mettez d'abord Passerelle à jour sur ce PC. Rien n'a été changé.
network-join-bad-field = { $file } : le champ « { $field } » n'est pas correct. Demandez un nouveau fichier d'adhésion. Rien n'a été changé.
network-join-no-certificate = { $file } : le serveur est sur un autre ordinateur, mais le fichier n'a pas de certificat pour le vérifier : le mot de passe voyagerait sans protection. Demandez un fichier d'adhésion fait avec --server-certificate. Rien n'a été changé.
network-join-file-exists = { $file } existe déjà : choisissez un autre nom, ou déplacez d'abord l'ancien fichier.
network-certificate-bad = { $file } n'est pas un certificat (un fichier PEM qui commence par « -----BEGIN CERTIFICATE----- »).
network-certificate-unreadable = Le certificat du serveur dans le fichier d'adhésion est illisible.
network-needs-certificate = Le serveur est sur un autre ordinateur : son certificat est nécessaire, pour que la connexion soit chiffrée et le serveur vérifié.
network-bad-address = L'adresse du serveur n'est pas correcte : { $reason }
network-server-refused = Le serveur est injoignable ou a refusé : { $reason }
network-server-too-new = Le schéma réseau du serveur est en version { $found }, plus récente que ce que connaît ce Passerelle ({ $supported }). Mettez d'abord Passerelle à jour.
network-server-not-set-up = Le serveur n'est pas encore préparé pour Passerelle : lancez d'abord passerelle network init-server.
network-bad-site-name = Le nom d'un site est fait de lettres minuscules, de chiffres et de tirets (40 au plus), et commence par une lettre, par exemple mediatheque-zola.
network-site-exists = Ce site est déjà sur le réseau. Rien n'a été changé.
network-server-ready = Le serveur du réseau est prêt (version { $version }).
network-server-upgraded = Le serveur du réseau est passé de la version { $from } à la version { $to }.
network-server-up-to-date = Le serveur du réseau est déjà à jour (version { $version }).
network-site-added = Le site « { $site } » est sur le réseau. Son fichier d'adhésion est { $file } : donnez-le aux PC du site comme une clé, et supprimez-le une fois qu'ils ont rejoint le réseau.
network-joined = Ce PC est maintenant sur le réseau, comme site « { $site } ».
network-not-joined = Ce PC n'est sur aucun réseau. Pour en rejoindre un : passerelle network join FICHIER
network-join-again = L'accès au réseau de ce PC a été gardé sous un ancien code : rejoignez le réseau à nouveau avec le fichier d'adhésion du site.
network-status-site = Site : { $site }
network-status-following = { $count ->
    [0] Aucune carte de ce PC ne suit son habitant sur les autres sites.
    [one] 1 carte de ce PC suit son habitant sur les autres sites.
   *[other] { $count } cartes de ce PC suivent leur habitant sur les autres sites.
}
network-synced-at = { $count ->
    [0] Synchronisé à { $time }.
    [one] Synchronisé à { $time }, des changements attendent pour 1 personne.
   *[other] Synchronisé à { $time }, des changements attendent pour { $count } personnes.
}
network-never-synced = { $count ->
    [0] Pas encore synchronisé.
    [one] Pas encore synchronisé : des changements attendent pour 1 personne.
   *[other] Pas encore synchronisé : des changements attendent pour { $count } personnes.
}
network-offline = { $count ->
    [0] Réseau injoignable : on travaille hors ligne.
    [one] Réseau injoignable : on travaille hors ligne, des changements attendent pour 1 personne.
   *[other] Réseau injoignable : on travaille hors ligne, des changements attendent pour { $count } personnes.
}
network-round = Envoyé : { $pushed } { $pushed ->
        [one] personne
       *[other] personnes
    } ({ $withdrawn } { $withdrawn ->
        [one] retirée
       *[other] retirées
    }). Reçu : { $pulled } { $pulled ->
        [one] fiche
       *[other] fiches
    }, { $answers } { $answers ->
        [one] nouvelle réponse
       *[other] nouvelles réponses
    }, { $residents } { $residents ->
        [one] nouvelle personne
       *[other] nouvelles personnes
    }.
network-left-out = { $count ->
    [one] 1 fiche venue du réseau n'était pas fiable et a été laissée de côté.
   *[other] { $count } fiches venues du réseau n'étaient pas fiables et ont été laissées de côté.
}
network-my-card = Ma carte dans les autres lieux
network-my-card-follows = Votre carte et vos résultats vont dans les autres bibliothèques et points d'accueil du réseau : vous pouvez continuer là-bas. Votre code en images la protège.
network-my-card-stays = Seul ce PC connaît votre carte.
network-my-card-follow = Ma carte me suit
network-my-card-stay = Garder ma carte sur ce PC seulement
network-my-card-code-first = Pour que votre carte vous suive, protégez-la d'abord avec un code en images (plus bas).
network-area-title = Réseau des bibliothèques
network-area-site = Ce PC est le site « { $site } » du réseau.
network-sync-now = Synchroniser maintenant
network-syncing = Synchronisation…
network-pack-published = Le pack { $id } { $version } est publié, signé par votre structure : chaque PC du réseau l'installe à sa prochaine synchronisation.
network-round-packs = Packs du réseau : { $installed } { $installed ->
        [one] installé
       *[other] installés
    }, { $refused } { $refused ->
        [one] refusé
       *[other] refusés
    }.
network-area-not-joined = Ce PC n'est pas sur un réseau de bibliothèques. Avec le fichier d'adhésion que le service informatique a donné pour ce site, il partage avec les autres lieux les cartes qui suivent leur habitant.
network-join-button = Rejoindre le réseau avec un fichier d'adhésion
network-pack-no-key = La clé de signature de la structure ne s'ouvre pas avec ce code : un pack est publié signé par elle. Choisissez à nouveau le code des animateurs dans la fenêtre, puis publiez.
network-server-behind = Le serveur du réseau est prévu pour un Passerelle plus ancien (version { $found } ; celui-ci demande la version { $needed }). Rien n'a été envoyé. Demandez à la personne qui gère le serveur de relancer « passerelle network init-server » : cela le met à jour.
