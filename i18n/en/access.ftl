# The right-of-access document: everything Passerelle keeps about one person.
access-file = my-data
access-saved = The page with all the data is saved in { $path }. Open it to read or print it.
access-title = Everything Passerelle keeps about { $name }
access-made = Made on { $date }.
access-yes = Yes
access-no = No
access-true = True
access-false = False
access-lang-fr = French
access-lang-en = English
access-card = The card
access-card-name = First name or nickname
access-card-picture = Picture
access-card-language = Language
access-card-display = Display
access-card-display-value = Text at { $percent } %, high contrast: { $contrast }, easy-to-read text: { $easy }
access-card-made = Card made on
access-card-seen = Last used on
access-card-locked = Locked with pictures
access-card-merged = Other cards of the same person joined to this one
access-consent = Sharing results with the workshop leaders
access-consent-yes = Yes, shared
access-consent-no = No, kept to myself
access-lessons = Lessons
access-lesson-started = Started
access-lesson-done = Finished, { $right ->
    [one] 1 right answer
   *[other] { $right } right answers
} (best try)
access-answers = Every answer
access-answer-none = Nothing chosen
access-answer-outside = A place outside the named parts of the picture
access-answer-unreadable = (this question is no longer on this computer)
access-answer-typed = “{ $text }”
access-answer-field = { $label }: “{ $text }”
access-practice = Practice exercises
access-practice-kept = What was typed or clicked in the exercises is never kept: only whether it went well.
access-moves = { $hits } right, { $misses } wrong
access-positioning = Positioning tests
access-level = { $domain }: level { $level }
access-level-none = { $domain }: not measured
access-reviews = { $count ->
    [one] 1 question is kept to review later.
   *[other] { $count } questions are kept to review later.
}
access-reviews-learnt = { $count ->
    [one] 1 question was learnt in a review: it is noted, so that it does not come back.
   *[other] { $count } questions were learnt in a review: they are noted, so that they do not come back.
}
access-workshops = Workshops
access-note = The workshop leaders' note
access-note-none = There is no note.
access-note-written = Written on { $date }:
access-col-when = Date and time
access-col-choice = Choice
access-col-lesson = Lesson
access-col-result = Result
access-col-question = Question
access-col-answer = Answer given
access-col-right = Right
access-col-done = Done
access-col-moves = Moves
access-col-tried-again = Pages of a procedure tried again
access-col-day = Day
access-col-workshop = Workshop
access-col-place = Place
access-col-present = Present
access-workshop-left = Taken out of it on { $date }
access-about = What Passerelle keeps, and for how long
access-about-where = All of this is kept on this computer only, in Passerelle's folder. Nothing is sent over the internet.
access-about-how-long = It is kept until the card is deleted. Copies made each day (backups) are kept for 6 months at most. When a card is deleted, it is also removed from every copy.
access-about-who = Anyone at this computer can open a card that is not locked with pictures. The workshop leaders see the results only of people who share them; of the others, they only see how many they are.
access-about-code = The pictures that lock a card are not kept: only a code made from them, which cannot be turned back into the pictures.
access-about-rights = You can ask a workshop leader at any time to correct this data, to give you a copy, or to delete your card and everything with it.
access-mine-hint = See everything Passerelle keeps about you, on a page to read or print.
access-mine = Save a page with all my data
access-follows = My card following me to the library network's other sites
access-follows-yes = Yes, my card follows me
access-follows-no = No, my card stays here
