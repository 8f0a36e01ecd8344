path-test-title = Where do I stand?
path-test-progress = Test done: { $percent }%
path-test-next = Next question
path-test-dont-know = I don't know
path-test-pick-first = Choose or type an answer. If you do not know, press "I don't know": that is fine too.
path-test-pause = Stop for now
path-test-pause-hint = You can stop at any time. Your answers are kept: you will go on where you stopped.
path-level-not-measured = Not measured yet: no question on this subject in the lessons of this PC.
path-level-0 = Let's go over the basics together.
path-level-1 = You are making a start.
path-level-2 = You know the basics.
path-level-3 = You are comfortable with it.
path-change-up = Better than last time. Well done!
path-change-same = The same as last time.
path-change-down = A little less than last time: a lesson will refresh it.
path-result-title = Your result
path-result-intro = Here is where you stand, subject by subject. It is not a mark: it helps choose your next lessons.
path-next-steps = Your next lessons
path-nothing-recommended = You have done all the lessons for your level. Well done!
path-review-title = Review
path-review-start = { $count ->
    [one] Review 1 question
   *[other] Review { $count } questions
}
path-review-progress = Question { $n } of { $total }
path-review-done = { $right ->
    [0] Review finished. None right this time: these questions come back soon.
    [one] Review finished: 1 right answer out of { $total }.
   *[other] Review finished: { $right } right answers out of { $total }.
}
path-review-later = A question you know comes back later and later. A question you missed comes back tomorrow.
path-progress-title = My progress
path-progress-lessons = { $done } of { $total } lessons finished
path-progress-time = Time spent on questions and practice: about { $hours ->
    [0] { $minutes } min.
   *[other] { $hours } h { $minutes } min.
}
path-progress-stages = Where I stand
path-progress-no-test = Take the test to see where you stand, subject by subject.
path-test-resting = You can take the test again from { $date } at { $time }. Until then, your lessons help you progress.
path-progress-competences = What I have learnt
path-progress-no-competence = No lesson finished yet. Your first lesson is waiting for you!
path-progress-competence = { $name }: level { $level }
path-progress-my-results = My results
path-progress-procedures = Procedures practised
path-progress-procedure-clean = { $lesson }: done, every page right the first time.
path-progress-procedure-stumbles = { $lesson }: done. To practise again: { $steps }.
