common-app-name = Passerelle
common-language = Langue :
common-home = Accueil
common-change-profile = Changer de profil
common-cancel = Annuler
common-dismiss = Fermer ce message
common-text-size = Texte : { $percent } %
common-text-smaller = Texte plus petit
common-text-larger = Texte plus grand
common-high-contrast = Contraste fort
common-display = Affichage
common-session-closing = Personne n'a touché l'ordinateur depuis un moment. Pour protéger votre parcours, votre session se ferme dans { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }.
common-still-here = Je suis toujours là
common-session-closed = La dernière session a été fermée après { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} sans activité. Son parcours est enregistré.
common-top-bar = Barre du haut : votre carte, la langue et l'affichage
