# A card's picture code: three pictures, in order, that open the card.
code-unlock-title = Hello { $name }
code-unlock-hint = Touch your 3 pictures, in order.
code-choose-title = Choose your pictures, { $name }
code-choose-hint = Touch 3 pictures, one after the other. Remember them and their order: they will open your card. Nobody else can open it.
code-confirm-title = Once more, { $name }
code-confirm-hint = Touch the same 3 pictures again, in the same order.
code-count = { $picked } of { $total } pictures
code-wrong = These are not your pictures. Try again.
code-wait = Too many tries. Wait { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}, then try again.
code-mismatch = The pictures were not the same. Choose your 3 pictures again.
code-erase = Take back the last picture
code-back-to-cards = Back to the cards
code-forgotten = Forgot your pictures? Ask a workshop leader: they can open your card again.
code-set = Your card is locked. Next time, touch your 3 pictures to open it.
code-removed = Your card is open again: anyone can open it.
code-my-card = My card
code-my-card-open = Anyone at this computer can open your card. You can lock it with 3 pictures that only you know.
code-my-card-locked = Your card is locked with 3 pictures.
code-my-card-lock = Lock my card with pictures
code-my-card-remove = Unlock my card
code-picture-sun = Sun
code-picture-tree = Tree
code-picture-fish = Fish
code-picture-star = Star
code-picture-house = House
code-picture-heart = Heart
code-picture-moon = Moon
code-picture-flower = Flower
code-picture-cloud = Cloud
