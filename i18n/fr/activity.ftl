activity-practice = Exercice pratique
activity-success = Bravo !
activity-not-yet = Pas encore. Regardons ensemble.
activity-saved = Votre essai est enregistré.
activity-try-again = Essayer encore
activity-done = Fait :
activity-to-do = À faire :

activity-keyboard-copy = Recopiez ce texte. Tapez-le dans la case en dessous.
activity-keyboard-type-here = Tapez le texte ici :
activity-keyboard-progress = { $right ->
        [one] { $right } lettre juste
       *[other] { $right } lettres justes
    } sur { $total }. Erreurs : { $mistakes }.
activity-keyboard-next = Caractère suivant : { $char }
activity-keyboard-azerty = Clavier AZERTY (France, Belgique) :
activity-keyboard-qwerty = Clavier QWERTY (Royaume-Uni, États-Unis) :
activity-keyboard-check = Vérifier mon texte
activity-keyboard-result = { $right ->
        [one] { $right } lettre juste
       *[other] { $right } lettres justes
    }, { $mistakes ->
        [one] { $mistakes } erreur
       *[other] { $mistakes } erreurs
    }, en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } : environ { $per_minute ->
        [one] { $per_minute } lettre
       *[other] { $per_minute } lettres
    } par minute.
activity-keys-press = appuyez sur la touche { $key }.
activity-keys-shift = gardez la touche Majuscule (la flèche vers le haut) enfoncée et appuyez sur la touche { $key }.
activity-keys-altgr = gardez la touche Alt Gr (à droite de la barre d'espace, pas Ctrl + Alt) enfoncée et appuyez sur la touche { $key }.
activity-keys-accent = appuyez sur la touche { $accent }, lâchez-la, puis appuyez sur { $letter }.
activity-keys-alt-code = sous Windows, gardez la touche Alt enfoncée et tapez { $code } sur le pavé numérique (les chiffres à droite).

activity-password-label = Inventez un mot de passe pour un compte d'exercice :
activity-password-show = Afficher le mot de passe
activity-password-weak = faible
activity-password-medium = presque bon
activity-password-strong = solide
activity-password-strength = Votre mot de passe est { $strength }.
activity-password-either = Un mot de passe solide a :
activity-password-length = au moins 12 caractères (maintenant : { $count })
activity-password-cases = des majuscules et des minuscules
activity-password-digits = des chiffres
activity-password-special = des caractères spéciaux, comme ! ? # ou *
activity-password-or-long = Ou il a :
activity-password-long = au moins 14 caractères, avec des majuscules, des minuscules et des chiffres (maintenant : { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    })
activity-password-or = Ou c'est une phrase de passe :
activity-password-words = { $needed } mots ou plus (maintenant : { $count })
activity-password-common = Ce mot de passe fait partie des premiers que les voleurs essaient.
activity-password-has-name = Votre prénom est facile à deviner : enlevez-le.
activity-password-advice = Utilisez un mot de passe différent pour chaque site. Un gestionnaire de mots de passe peut les retenir pour vous. Ne donnez jamais votre mot de passe par téléphone ou par e-mail.
activity-password-use = Utiliser ce mot de passe
activity-password-strong-result = Votre mot de passe est solide. Dans la vraie vie, gardez-le secret et utilisez-le pour un seul site.
activity-password-weak-result = Ce mot de passe n'est pas encore assez solide. Rallongez-le, ou utilisez une phrase de 7 mots ou plus.
activity-password-forgotten = Passerelle n'a pas gardé votre mot de passe.

activity-mailbox-intro = Voici une boîte mail d'exercice. Ouvrez chaque message. Cochez « Ce message est une arnaque » pour les faux messages.
activity-mailbox-inbox = Boîte de réception
activity-mailbox-flagged-mark = [Arnaque]
activity-mailbox-from = De : { $from }
activity-mailbox-subject = Objet : { $subject }
activity-mailbox-flag = Ce message est une arnaque
activity-mailbox-open-one = Choisissez un message au-dessus pour l'ouvrir.
activity-mailbox-finished = J'ai fini
activity-mailbox-result = Vous avez bien jugé { $right ->
        [one] { $right } message
       *[other] { $right } messages
    } sur { $total }.
activity-mailbox-scam-found = Bien vu : ce message est une arnaque.
activity-mailbox-scam-missed = Ce message est une arnaque. Voici les indices :
activity-mailbox-genuine-kept = Bien vu : ce message est un vrai message.
activity-mailbox-genuine-flagged = Ce message est un vrai message. Voici comment le savoir :

activity-form-required-note = Les cases avec une étoile * sont obligatoires.
activity-form-to-correct = { $count ->
    [one] 1 case est à corriger. Cherchez le message en rouge.
   *[other] { $count } cases sont à corriger. Cherchez les messages en rouge.
}
activity-form-example-date = Jour/mois/année, par exemple : 05/03/1962
activity-form-example-email = Par exemple : marie.dupont@exemple.fr
activity-form-example-phone = 10 chiffres, par exemple : 06 12 34 56 78
activity-form-example-postcode = 5 chiffres, par exemple : 69001
activity-form-send = Envoyer
activity-form-error-missing = Remplissez cette case.
activity-form-error-date = Écrivez la date sous la forme jour/mois/année, par exemple 05/03/1962.
activity-form-error-email = Une adresse e-mail a un @ et un point, par exemple marie.dupont@exemple.fr.
activity-form-error-phone = Écrivez 10 chiffres qui commencent par 0, par exemple 06 12 34 56 78.
activity-form-error-postcode = Un code postal a 5 chiffres, par exemple 69001.

activity-files-folders = Dossiers :
activity-files-in-folder = Dans le dossier « { $folder } » :
activity-files-empty = Ce dossier est vide.
activity-files-find = Trouvez le fichier que vous venez de télécharger : { $file }
activity-files-rename = Donnez-lui un nom clair : { $name }
activity-files-move = Rangez-le dans le dossier « { $folder } »
activity-files-send = Joignez-le à un message pour { $to } et envoyez-le
activity-files-select-one = Choisissez un fichier pour voir ce que vous pouvez en faire.
activity-files-new-name = Nouveau nom pour { $file } :
activity-files-rename-ok = Valider le nouveau nom
activity-files-move-where = Où voulez-vous ranger { $file } ?
activity-files-move-to = Dans « { $folder } »
activity-files-rename-button = Renommer { $file }
activity-files-move-button = Déplacer { $file }
activity-files-attach = Joindre { $file } au message
activity-files-write = Écrire un message
activity-files-message = Nouveau message
activity-files-to = À :
activity-files-attached = Pièce jointe : { $file }
activity-files-no-attachment = Pas encore de pièce jointe. Choisissez le fichier, puis appuyez sur « Joindre ».
activity-files-send-button = Envoyer le message
activity-files-check = Vérifier mon rangement
activity-files-sent-no-file = Le message est parti sans fichier joint. Choisissez le fichier, appuyez sur « Joindre », puis envoyez de nouveau.
activity-files-sent-other-file = Le fichier joint est { $file } : joignez plutôt celui que vous avez renommé.
activity-files-sent-no-address = Le message n'a pas d'adresse. Écrivez { $to } à côté de « À : ».
activity-files-sent-wrong-address = Le message est parti à { $typed }, mais l'adresse est { $to }. Vérifiez chaque lettre, puis envoyez de nouveau.
activity-files-downloads = Téléchargements
activity-files-documents = Documents
activity-files-pictures = Images

activity-mouse-task-of = Exercice { $n } sur { $total }
activity-mouse-almost-click = Presque ! Mettez la flèche sur la cible ronde elle-même, puis cliquez.
activity-mouse-almost-right-click = C'était le bouton gauche. Appuyez sur le bouton de droite de la souris.
activity-mouse-almost-drag = La lettre est revenue. Gardez le bouton appuyé jusqu'à ce que la lettre soit sur le dossier, puis lâchez.
activity-mouse-almost-item = C'était un autre choix. Ouvrez de nouveau le menu avec le bouton droit, puis choisissez « Renommer ».
activity-mouse-area = Zone d'exercice de la souris
activity-mouse-click = Cliquez sur la cible. Chaque cible est un peu plus petite.
activity-mouse-double-click = Ouvrez le dossier : cliquez 2 fois, vite, dessus.
activity-mouse-right-click = Cliquez sur la feuille avec le bouton droit de la souris. Un menu s'ouvre : choisissez « Renommer ».
activity-mouse-drag = Rangez chaque lettre dans le dossier. Appuyez sur une lettre avec le bouton gauche et gardez-le enfoncé. Déplacez la souris jusqu'au dossier, puis lâchez.
activity-mouse-scroll = Trouvez l'étoile dans la liste. Tournez la molette de la souris, ou faites glisser la barre à droite, pour descendre.
activity-mouse-target = Cible { $n } sur { $total }
activity-mouse-folder = Photos de vacances
activity-mouse-twice = Cliquez 2 fois, vite, sans bouger la souris.
activity-mouse-document = Lettre pour la mairie
activity-mouse-menu-copy = Copier
activity-mouse-menu-rename = Renommer
activity-mouse-menu-delete = Supprimer
activity-mouse-box = Courrier
activity-mouse-in-box = { $n } sur { $total } dans le dossier
activity-mouse-item = Lettre { $n }
activity-mouse-star = L'étoile : cliquez ici
activity-mouse-line = Ligne { $n }
activity-mouse-result = { $hits ->
        [one] { $hits } geste réussi
       *[other] { $hits } gestes réussis
    } et { $misses ->
        [one] { $misses } essai de plus
       *[other] { $misses } essais de plus
    }, en { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.

## The pretend public-services portal.
activity-portal-address = Adresse du site : { $address }
activity-portal-page = Page { $page } sur { $total } : { $title }
activity-portal-continue = Continuer
activity-portal-finish = Terminer
activity-portal-sign-in-with = S'identifier avec { $service }
activity-portal-choose-account = Choisissez le compte que vous avez déjà :
activity-portal-code-label = Code reçu par SMS
activity-portal-attach-label = Choisissez le document à joindre :
activity-portal-slots-label = Choisissez un créneau libre :
activity-portal-slot-taken = { $slot } (déjà pris)
activity-portal-reference = Numéro de dossier : { $reference }
activity-portal-note-reference = Notez ce numéro : il sert à suivre votre demande.
activity-portal-reference-label = Numéro de dossier
activity-portal-status = État de votre demande : { $status }
activity-portal-download = Télécharger { $document } (PDF)
activity-portal-downloaded = C'est fait : { $document } est dans le dossier Téléchargements.
activity-portal-phone = Téléphone (exercice)
activity-portal-sms-from = SMS de { $from } :
activity-portal-sms-confirmation = Votre demande { $reference } est bien enregistrée.
activity-portal-call = Appel entrant : numéro inconnu
activity-portal-call-give = Donner le code
activity-portal-call-hang-up = Raccrocher
activity-portal-call-ended = Vous avez raccroché. Bon réflexe : ce code ne se donne jamais.
activity-portal-call-given = Le code a été donné à la personne qui appelait.
activity-portal-problem-no-account = Appuyez sur « S'identifier avec { $service } », puis choisissez votre compte.
activity-portal-problem-other-account = Vous n'avez pas de compte chez { $chosen }. Choisissez { $account }.
activity-portal-problem-call-waiting = Le téléphone sonne. Décidez d'abord quoi faire de cet appel.
activity-portal-problem-code-given = Ne donnez jamais ce code, même à quelqu'un qui dit travailler pour l'administration. Raccrochez, puis tapez le code vous-même.
activity-portal-problem-wrong-code = Ce n'est pas le code du SMS. Regardez le téléphone, puis tapez ses chiffres.
activity-portal-problem-form = Corrigez les cases en rouge, puis continuez.
activity-portal-problem-no-file = Choisissez le document à joindre dans la liste.
activity-portal-problem-other-file = Ce document est { $chosen }. Joignez plutôt { $right }.
activity-portal-problem-no-slot = Choisissez un créneau libre. Un créneau déjà pris ne peut pas être choisi.
activity-portal-problem-wrong-reference = Ce n'est pas le numéro de votre dossier. Il était sur la page de confirmation : { $reference }.
activity-portal-problem-not-downloaded = Téléchargez d'abord { $document }, puis terminez.
activity-portal-done = Démarche terminée sur { $site }.
activity-portal-first-time = Réussi du premier coup : { $title }
activity-portal-more-tries = { $tries ->
    [one] Réussi après 1 essai de plus : { $title }
   *[other] Réussi après { $tries } essais de plus : { $title }
}
activity-portal-step-sign-in = la connexion
activity-portal-step-code = le code reçu par SMS
activity-portal-step-form = le formulaire
activity-portal-step-attach = le document à joindre
activity-portal-step-slots = le choix du créneau
activity-portal-step-confirmation = la confirmation
activity-portal-step-status = le suivi de la demande
activity-portal-step-download = le téléchargement du document
