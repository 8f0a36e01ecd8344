# Le code en images d'une carte : trois images, dans l'ordre, qui ouvrent la carte.
code-unlock-title = Bonjour { $name }
code-unlock-hint = Touchez vos 3 images, dans l'ordre.
code-choose-title = Choisissez vos images, { $name }
code-choose-hint = Touchez 3 images, l'une après l'autre. Retenez-les, dans l'ordre : elles ouvriront votre carte. Personne d'autre ne pourra l'ouvrir.
code-confirm-title = Encore une fois, { $name }
code-confirm-hint = Touchez les mêmes 3 images, dans le même ordre.
code-count = { $picked ->
    [one] { $picked } image sur { $total }
   *[other] { $picked } images sur { $total }
}
code-wrong = Ce ne sont pas vos images. Essayez encore.
code-wait = Trop d'essais. Attendez { $seconds ->
    [one] 1 seconde
   *[other] { $seconds } secondes
}, puis essayez encore.
code-mismatch = Les images n'étaient pas les mêmes. Choisissez à nouveau vos 3 images.
code-erase = Enlever la dernière image
code-back-to-cards = Revenir aux cartes
code-forgotten = Vous avez oublié vos images ? Demandez à un animateur : il peut rouvrir votre carte.
code-set = Votre carte est fermée. La prochaine fois, touchez vos 3 images pour l'ouvrir.
code-removed = Votre carte est de nouveau ouverte : tout le monde peut l'ouvrir.
code-my-card = Ma carte
code-my-card-open = Toute personne sur cet ordinateur peut ouvrir votre carte. Vous pouvez la fermer avec 3 images que personne d'autre ne connaît.
code-my-card-locked = Votre carte est fermée par 3 images.
code-my-card-lock = Fermer ma carte avec des images
code-my-card-remove = Rouvrir ma carte
code-picture-sun = Soleil
code-picture-tree = Arbre
code-picture-fish = Poisson
code-picture-star = Étoile
code-picture-house = Maison
code-picture-heart = Cœur
code-picture-moon = Lune
code-picture-flower = Fleur
code-picture-cloud = Nuage
