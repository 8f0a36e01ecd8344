exchange-exported = { $count ->
    [one] Le parcours d'1 personne est enregistré dans { $path }.
   *[other] Le parcours de { $count } personnes est enregistré dans { $path }.
}
exchange-imported = { $path } : chargé ({ $residents } nouvelles personnes, { $answers } nouvelles réponses).
exchange-refused = { $path } : pas chargé. { $reason } Rien n'a été changé.
exchange-unreadable = Le fichier ne peut pas être lu ({ $detail }).
exchange-not-progress = Ce n'est pas un fichier de parcours Passerelle, ou il est abîmé.
exchange-newer = Ce fichier vient d'une version plus récente de Passerelle. Mettez Passerelle à jour sur ce PC.
