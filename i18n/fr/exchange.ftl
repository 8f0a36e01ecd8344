exchange-exported = { $count ->
    [one] Le parcours d'1 personne est enregistré dans { $path }.
   *[other] Le parcours de { $count } personnes est enregistré dans { $path }.
}
exchange-imported = { $path } : chargé ({ $residents ->
    [one] 1 nouvelle personne
   *[other] { $residents } nouvelles personnes
}, { $answers ->
    [one] 1 nouvelle réponse
   *[other] { $answers } nouvelles réponses
}).
exchange-refused = { $path } : pas chargé. { $reason } Rien n'a été changé.
exchange-unreadable = Le fichier ne peut pas être lu ({ $detail }).
exchange-not-progress = Ce n'est pas un fichier de parcours Passerelle, ou il est abîmé.
exchange-newer = Ce fichier vient d'une version plus récente de Passerelle. Mettez Passerelle à jour sur ce PC.
exchange-saved = Votre parcours est enregistré dans { $path }. Ouvrez-le dans Passerelle sur un autre PC pour continuer là-bas.
exchange-saved-known-folder = Aucune fenêtre pour choisir un endroit n'a pu s'ouvrir : le fichier est enregistré ici : { $path }.
exchange-not-saved = Le fichier n'a pas pu être enregistré dans { $path } ({ $detail }). Rien n'est perdu : essayez un autre endroit.
