editor-open-shelf = Write lessons (pack editor)
editor-shelf-heading = Write lessons
editor-shelf-intro = Write a pack of lessons in French and in English, see it as a resident would, then save it as files to share. Your work is kept as you type.
editor-new-pack = Start a new pack
editor-open-file = Open a pack file to change a copy
editor-drafts = Packs you are writing
editor-no-drafts = No pack being written yet.
editor-go-on = Go on with "{ $title }"
editor-delete-draft = Delete the draft "{ $title }"
editor-delete-draft-ask = Delete the draft "{ $title }"? What is not saved as pack files is lost.
editor-delete-draft-yes = Delete the draft
editor-delete-draft-no = Keep it
editor-builtin = Packs that come with Passerelle
editor-copy-builtin = Change a copy of "{ $title }"
editor-back-to-area = Back to the leaders' area
editor-heading = Writing: { $title }
editor-back-to-shelf = Back to the packs
editor-undo = Undo
editor-save-folder = Save as pack files (folder)
editor-save-file = Save as one file to share
editor-import-gift-fr = Add questions from a French GIFT file (Moodle)
editor-import-gift-en = Add questions from an English GIFT file (Moodle)
editor-kept-as-draft = Changes are kept as you type. Save as pack files to use them elsewhere.
editor-all-saved = Saved as pack files.
editor-leave-ask = These changes are kept as a draft here, but not saved as pack files yet.
editor-leave-save = Save as pack files first
editor-leave-anyway = Leave (the draft stays here)
editor-stay = Stay
editor-parts = Parts of the pack
editor-part-pack = The pack: title, authors, words to know
editor-part-pack-marks = The pack: title, authors, words to know — { $count ->
    [one] 1 translation to check
   *[other] { $count } translations to check
}
editor-part-lesson = { $n }. { $title }
editor-part-lesson-marks = { $n }. { $title } — { $count ->
    [one] 1 translation to check
   *[other] { $count } translations to check
}
editor-add-lesson = Add a lesson
editor-no-problems = No problems: "pack check" accepts this pack.
editor-problems = { $count ->
    [one] 1 problem to fix (press it to go to the field):
   *[other] { $count } problems to fix (press one to go to its field):
}
editor-more-problems = … and { $count } more.
editor-french = French
editor-english = English
editor-in-lang = { $field } ({ $lang })
editor-missing-translation = Translation missing.
editor-stale = The French changed since this was written: check it.
editor-still-right = It is still right
editor-pack-id = Pack id (lower-case letters, digits and dashes)
editor-version = Version (for example 1.2.0)
editor-licence = Licence (for example CC-BY-SA-4.0)
editor-authors = Authors (separated by commas)
editor-glossary = Words to know
editor-add-term = Add a word
editor-remove-term = Remove word { $n }
editor-lesson-heading = Lesson { $n }
editor-lesson-file = File: lessons/{ $file }
editor-preview = See it as a resident
editor-preview-note = Preview: nothing is recorded.
editor-back-to-editor = Back to the pack editor
editor-remove-lesson = Remove this lesson
editor-lesson-id = Lesson id
editor-competence = Competence
editor-level = Level
editor-level-n = Level { $n }
editor-steps = Steps
editor-step-heading = Step { $n }
editor-add-step = Add a step
editor-sources = Sources of the facts
editor-sources-hint = For trainers: the pages this lesson's facts come from. Learners do not see them.
editor-source-heading = Source { $n }
editor-source-title = Source { $n }: the page's title
editor-source-address = Source { $n }: the page's address (https://…)
editor-source-checked = Source { $n }: read again on (YYYY-MM-DD, empty if nobody has yet)
editor-add-source = Add a source
editor-remove-source = Remove source { $n }
editor-remove-step = Remove step { $n }
editor-add-easy-text = { $part }: add an easy-to-read text
editor-add-tip = { $part }: add a tip
editor-picture = Picture: { $file }
editor-no-picture = No picture.
editor-choose-picture = { $part }: choose a picture (PNG)
editor-activity = Practice activity: { $kind }
editor-questions = Questions
editor-question-heading = Question { $n } — { $kind }
editor-remove-question = Remove question { $n }
editor-add-single = Add a question with one right answer
editor-add-multiple = Add a question with several right answers
editor-add-true-false = Add a true-or-false question
editor-add-typed = Add a question to answer by typing
editor-add-choice = { $part }: add a choice
editor-remove-choice = { $part }: remove the last choice
editor-right-choice = { $part }, right answer: { $choice }
editor-right-choices = Right answers:
editor-right-true-false = The right answer is:
editor-true = { $part }: true
editor-false = { $part }: false
editor-accepted = Accepted answers, one per line
editor-exact-spelling = { $part }: exact spelling (every letter and accent counts, as in an address or an e-mail address)
editor-number-value = { $part }: right value { $n }
editor-number-tolerance = { $part }: accepted gap around value { $n }
editor-type-single = one right answer
editor-type-multiple = several right answers
editor-type-true-false = true or false
editor-type-typed = typed answer
editor-type-fields = boxes to fill in
editor-type-order = put in order
editor-type-match = match pairs
editor-type-zone = click on the picture
editor-type-number = a number
editor-type-unknown = unknown type "{ $kind }"
editor-field-title = Title
editor-field-description = Description
editor-field-text = Text
editor-field-text_easy = Easy-to-read text
editor-field-tip = Tip
editor-field-image_alt = What the picture shows (for those who cannot see it)
editor-field-activity = Practice
editor-field-confirmation = Confirmation page
editor-field-file = File
editor-field-rename_to = New name
editor-field-folder = Folder
editor-field-other_files = Other file { $n }
editor-field-messages = Message { $n }
editor-field-subject = Subject
editor-field-body = Message text
editor-field-clues = Clue { $n }
editor-field-fields = Box { $n }
editor-field-label = Label
editor-field-prompt = What is asked
editor-field-choices = Choice { $n }
editor-field-items = Item { $n }
editor-field-pairs = Pair { $n }
editor-field-left = Left
editor-field-right = Right
editor-field-zones = Zone { $n }
editor-field-explanation = Explanation after the answer
editor-field-terms = Word { $n }
editor-field-word = The word
editor-field-definition = What it means
editor-saved-folder = The pack files are saved in { $path }.
editor-saved-file = The pack is saved as one file: { $path }.
editor-preview-problems = { $count ->
    [one] This lesson has 1 problem to fix before it can be seen.
   *[other] This lesson has { $count } problems to fix before it can be seen.
}
editor-gift-imported = { $imported ->
        [one] { $imported } question added
       *[other] { $imported } questions added
    } as a new lesson. { $skipped ->
    [0] Set its competence and level, and write the missing translations.
    [one] 1 item could not be imported (an essay or a description): see the GIFT file.
   *[other] { $skipped } items could not be imported (essays or descriptions): see the GIFT file.
}
editor-picture-not-png = This picture is not a PNG file. Save it as PNG, then choose it again.
editor-picture-too-heavy = This picture weighs { $kilobytes } KB; a pack takes pictures up to { $max } KB. Make it smaller, then choose it again.
editor-picture-too-large = This picture is { $width } × { $height } pixels; a pack takes pictures up to { $max } pixels wide and tall.
editor-picture-damaged = This picture file is cut short or damaged: it cannot be read. Save it again as PNG, then choose it again.
editor-gift-not-utf8 = "{ $file }" is not UTF-8 text. Save it as UTF-8 in your text editor, then choose it again.
editor-add-number = Add a question answered with a number
editor-add-fields = Add a question with boxes to fill in
editor-add-order = Add a question to put in order
editor-add-match = Add a question to match pairs
editor-add-zone = Add a question to click on a picture
editor-add-box = { $part }: add a box
editor-remove-box = { $part }: remove the last box
editor-order-hint = Write the items in the right order: residents see them mixed.
editor-add-item = { $part }: add an item
editor-remove-item = { $part }: remove the last item
editor-add-pair = { $part }: add a pair
editor-remove-pair = { $part }: remove the last pair
editor-add-value = { $part }: add another right value
editor-remove-value = { $part }: remove the last value
editor-zone-x = { $zone }: from the left (pixels)
editor-zone-y = { $zone }: from the top (pixels)
editor-zone-width = { $zone }: width (pixels)
editor-zone-height = { $zone }: height (pixels)
editor-right-zone = Right answer: { $zone }
editor-add-area = { $part }: add a zone
editor-remove-area = { $part }: remove the last zone
editor-add-activity = { $part }: add a practice activity
editor-no-activity = No activity
editor-activity-mouse = mouse practice
editor-activity-keyboard = keyboard practice
editor-activity-mailbox = mailbox (spot the scams)
editor-activity-form = online form
editor-activity-password = making up a password
editor-activity-files = files and folders
editor-activity-id = Activity id
editor-mouse-tasks = What the mouse practice asks:
editor-mouse-click = Click
editor-mouse-double-click = Double-click
editor-mouse-right-click = Right-click
editor-mouse-drag = Drag
editor-mouse-scroll = Scroll
editor-mouse-targets = How many targets to click (1 to 12)
editor-message-from = { $message }: sender's address
editor-message-scam = { $message } is a scam
editor-add-clue = { $part }: add a clue
editor-remove-clue = { $part }: remove the last clue
editor-add-message = { $part }: add a message
editor-remove-message = { $part }: remove the last message
editor-form-format = { $field }: what it takes
editor-format-text = any text
editor-format-date = a date
editor-format-email = an email address
editor-format-phone = a phone number
editor-format-postcode = a postcode
editor-form-required = { $field } must be filled in
editor-add-form-field = { $part }: add a box to the form
editor-remove-form-field = { $part }: remove the form's last box
editor-files-recipient = Address to send the file to (leave empty when the task ends once the file is put away)
editor-add-other-file = { $part }: add another file in Downloads
editor-remove-other-file = { $part }: remove the last other file
editor-remove-activity = { $part }: remove the practice activity
editor-question-n = Question { $n }
editor-question-id = Question { $n }: id (unique in the pack)
editor-field-steps = Step { $n }
editor-field-questions = Question { $n }
editor-move-step-up = Move step { $n } up
editor-move-question-up = Move question { $n } up
editor-export-gift-fr = Save the questions in French for Moodle (GIFT)
editor-export-gift-en = Save the questions in English for Moodle (GIFT)
editor-saved-gift = The questions are saved in { $path }, ready to import into Moodle (Question bank, Import, GIFT format).{ $skipped ->
    [0] {""}
    [one] {" "}1 question of a kind GIFT cannot hold (boxes to fill, order, picture to click) is not in it.
   *[other] {" "}{ $skipped } questions of kinds GIFT cannot hold (boxes to fill, order, picture to click) are not in it.
}
