common-app-name = Passerelle
common-language = Langue :
common-home = Accueil
common-change-profile = Changer de profil
common-cancel = Annuler
common-dismiss = Fermer ce message
