attestation-title = Attestation de parcours en compétences numériques
attestation-intro = Passerelle atteste que { $name } a suivi les leçons suivantes.
attestation-reached = Compétences atteintes
attestation-none-reached = Aucune compétence atteinte pour l'instant.
attestation-lesson = - { $title } ({ $code } { $competence }, niveau { $level }), finie le { $date } : { $right ->
        [one] { $right } bonne réponse
       *[other] { $right } bonnes réponses
    } sur { $total }
attestation-mark-rule = Une compétence est comptée atteinte quand le quiz de sa leçon a au moins { $mark } % de bonnes réponses.
attestation-followed = Autres leçons suivies
attestation-lesson-followed = - { $title }, finie le { $date } : { $right ->
        [one] { $right } bonne réponse
       *[other] { $right } bonnes réponses
    } sur { $total }
attestation-issued = Délivrée le { $date }.
attestation-signature = Nom et signature de l'animateur ou de l'animatrice :
attestation-signature-named = Signature { DE($leader) }{ $leader }, qui signe pour la structure :
attestation-saved = L'attestation est enregistrée dans { $path }. Ouvrez-la pour l'imprimer.
attestation-saved-missing = L'attestation est enregistrée dans { $path }, mais aucune police de ce PC n'a ces lettres du nom : { $missing }. Elles sont laissées en blanc : écrivez-les à la main avant de la remettre.
attestation-signed = Signée par la structure avec sa clé { $key }. Le code dans le coin contient ce que cette page atteste : Passerelle peut vérifier que rien n'y a été changé, sans internet (« Vérifier une attestation » dans l'espace animateurs).
attestation-check-title = Vérifier une attestation
attestation-check-file = Fichier : { $file }
attestation-check-valid-own = Valide : signée par cette structure (clé { $key }).
attestation-check-valid-trusted = Valide : signée par { $structure } (clé { $key }).
attestation-check-unknown-signer = Signée par une structure que ce PC ne connaît pas (clé { $key }) : la signature est juste, mais rien ne dit qui l'a faite. Demandez sa clé à la structure pour lui faire confiance.
attestation-check-altered = Modifiée : cette attestation n'est plus telle que sa structure l'a signée. Ne vous y fiez pas.
attestation-check-unsigned = Ce fichier ne porte pas de signature de Passerelle : il n'y a rien à vérifier.
attestation-check-facts = Voici ce qu'elle atteste (fiez-vous à ceci plutôt qu'à la page imprimée) :
attestation-check-name = Nom : { $name }
attestation-check-structure = Structure : { $structure }
attestation-check-leader = Signée pour la structure par : { $leader }
attestation-check-unreadable = Le fichier { $file } ne peut pas être lu : { $detail }
attestation-check-lesson-reached = - { $title } ({ $code }, niveau { $level }), finie le { $date } : { $right ->
        [one] { $right } bonne réponse
       *[other] { $right } bonnes réponses
    } sur { $total }, compétence atteinte
attestation-check-lesson-followed = - { $title }, finie le { $date } : { $right ->
        [one] { $right } bonne réponse
       *[other] { $right } bonnes réponses
    } sur { $total }, leçon suivie
attestation-check-trust-hint = Pour que ce PC reconnaisse désormais ses attestations : vérifiez avec la structure que sa clé est bien { $key } (par téléphone, par exemple), puis donnez son nom.
attestation-check-trust-name = Le nom de la structure
attestation-check-trust = Faire confiance à cette structure
attestation-check-more = Ce fichier contient { $count ->
        [one] { $count } attestation
       *[other] { $count } attestations
    } (celles d'un atelier, une par page). La première est montrée plus haut ; les autres :
attestation-check-page-valid = Page { $page } : valide, { $name }
attestation-check-page-unknown = Page { $page } : signée par une structure que ce PC ne connaît pas, { $name }
attestation-check-page-altered = Page { $page } : modifiée, ne vous y fiez pas
attestation-keys-not-keys = { $file } n'est pas un fichier de clés de Passerelle (sa première ligne devrait être « passerelle-keys 1 »). Rien n'a été ajouté.
attestation-keys-bad-key = { $file }, ligne { $line }, la clé : ce n'est pas une clé Passerelle (64 caractères, de 0 à 9 et de a à f). Rien n'a été ajouté.
attestation-keys-bad-name = { $file }, ligne { $line }, le nom de la structure : il manque, il dépasse 120 caractères, ou il contient des caractères de contrôle. Rien n'a été ajouté.
attestation-keys-two-names = { $file }, ligne { $line }, le nom de la structure : cette clé est déjà donnée sous un autre nom. Rien n'a été ajouté.
attestation-keys-too-many = { $file } contient plus de { $max } clés. Rien n'a été ajouté.
attestation-keys-name = cles-des-structures
attestation-keys-saved = Les clés des structures sont enregistrées dans { $path }. Donnez ce fichier aux structures qui vérifient vos attestations : elles l'ajoutent dans leur espace animateurs.
attestation-keys-no-name = Donnez d'abord le nom de votre structure ci-dessus, et gardez-le : le fichier de clés dit à qui sont les clés.
attestation-keys-trusted = { $file } : ce PC reconnaît désormais les attestations de { $structures }.{ $known ->
    [0] {""}
    [one] {" "}1 clé était déjà connue.
   *[other] {" "}{ $known } clés étaient déjà connues.
}
attestation-keys-nothing-new = { $file } : ce PC connaissait déjà toutes les clés de ce fichier ({ $known }). Rien n'a changé.
