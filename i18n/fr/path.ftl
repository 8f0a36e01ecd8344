path-test-title = Où j'en suis ?
path-test-progress = Test fait : { $percent } %
path-test-next = Question suivante
path-test-dont-know = Je ne sais pas
path-test-pick-first = Choisissez ou écrivez une réponse. Si vous ne savez pas, appuyez sur « Je ne sais pas » : c'est bien aussi.
path-test-pause = M'arrêter pour l'instant
path-test-pause-hint = Vous pouvez vous arrêter à tout moment. Vos réponses sont gardées : vous reprendrez là où vous étiez.
path-level-not-measured = Pas encore mesuré : aucune question sur ce sujet dans les leçons de ce PC.
path-level-0 = Voyons les bases ensemble.
path-level-1 = Vous commencez.
path-level-2 = Vous connaissez les bases.
path-level-3 = Vous êtes à l'aise.
path-change-up = Mieux que la dernière fois. Bravo !
path-change-same = Pareil que la dernière fois.
path-change-down = Un peu moins que la dernière fois : une leçon vous aidera à revoir.
path-result-title = Votre résultat
path-result-intro = Voici où vous en êtes, sujet par sujet. Ce n'est pas une note : cela aide à choisir vos prochaines leçons.
path-next-steps = Vos prochaines leçons
path-nothing-recommended = Vous avez fait toutes les leçons de votre niveau. Bravo !
path-review-title = Révision
path-review-start = { $count ->
    [one] Revoir 1 question
   *[other] Revoir { $count } questions
}
path-review-progress = Question { $n } sur { $total }
path-review-done = { $right ->
    [0] Révision finie. Aucune bonne réponse cette fois : ces questions reviendront bientôt.
    [one] Révision finie : 1 bonne réponse sur { $total }.
   *[other] Révision finie : { $right } bonnes réponses sur { $total }.
}
path-review-later = Une question que vous savez revient de plus en plus tard. Une question manquée revient demain.
path-progress-title = Mes progrès
path-progress-lessons = { $done ->
    [one] { $done } leçon finie sur { $total }
   *[other] { $done } leçons finies sur { $total }
}
path-progress-time = Temps passé sur les questions et les exercices : environ { $hours ->
    [0] { $minutes } min.
   *[other] { $hours } h { $minutes } min.
}
path-progress-stages = Où j'en suis
path-progress-no-test = Faites le test pour voir où vous en êtes, sujet par sujet.
path-test-resting = Vous pourrez refaire le test à partir du { $date } à { $time }. D'ici là, vos leçons vous aident à progresser.
path-progress-competences = Ce que j'ai appris
path-progress-no-competence = Pas encore de leçon finie. Votre première leçon vous attend !
path-progress-competence = { $name } : niveau { $level }
path-progress-my-results = Mes résultats
path-progress-procedures = Démarches pratiquées
path-progress-procedure-clean = { $lesson } : faite, chaque page réussie du premier coup.
path-progress-procedure-stumbles = { $lesson } : faite. À refaire pour s'entraîner : { $steps }.
