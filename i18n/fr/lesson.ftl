lesson-step-of = Étape { $n } sur { $total }
lesson-question-of = Question { $n } sur { $total }
lesson-finished = Toutes les étapes sont faites
lesson-back = Retour
lesson-next = Suivant
lesson-tip = Astuce
lesson-well-done = Leçon finie. Bravo !
lesson-score = Vous avez { $correct ->
    [one] { $correct } bonne réponse
   *[other] { $correct } bonnes réponses
} sur { $total }.
lesson-nothing-to-review = Toutes vos réponses sont justes.
lesson-to-review = À revoir :
lesson-back-home = Retour à l'accueil
lesson-retake = Refaire la leçon
lesson-listen = Écouter
lesson-easy-text = Texte plus simple
lesson-words-to-know = Mots à connaître
lesson-word-meaning = { $word } : { $meaning }
lesson-navigation = Avancer dans la leçon
lesson-picture-not-shown = Cette image est trop grande pour être affichée sur cet ordinateur. Elle montre :
