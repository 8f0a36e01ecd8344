attestation-title = Attestation de parcours en compétences numériques
attestation-intro = Passerelle atteste que { $name } a fini les leçons suivantes :
attestation-none = Aucune leçon finie pour l'instant.
attestation-lesson = - { $title } ({ $code } { $competence }, niveau { $level }), finie le { $date }
attestation-issued = Délivrée le { $date }.
attestation-code = Code de vérification : { $code }
attestation-saved = L'attestation est enregistrée dans { $path }. Ouvrez-la pour l'imprimer.
