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
editor-remove-term = Remove this word
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
editor-remove-step = Remove this step
editor-add-easy-text = Add an easy-to-read text
editor-add-tip = Add a tip
editor-picture = Picture: { $file }
editor-no-picture = No picture.
editor-choose-picture = Choose a picture (PNG)
editor-activity = Practice activity: { $kind }
editor-questions = Questions
editor-question-heading = Question { $n } — { $kind }
editor-remove-question = Remove this question
editor-add-single = Add a question with one right answer
editor-add-multiple = Add a question with several right answers
editor-add-true-false = Add a true-or-false question
editor-add-typed = Add a question to answer by typing
editor-add-choice = Add a choice
editor-remove-choice = Remove the last choice
editor-right-choice = Right answer: { $choice }
editor-right-choices = Right answers:
editor-right-true-false = The right answer is:
editor-true = True
editor-false = False
editor-accepted = Accepted answers, one per line
editor-number-value = Right value
editor-number-tolerance = Accepted gap
editor-parts-in-file = The parts of this question are changed in its file; their texts are here.
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
editor-field-activity = Activity
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
editor-field-prompt = Question
editor-field-choices = Choice { $n }
editor-field-items = Item { $n }
editor-field-pairs = Pair { $n }
editor-field-left = Left
editor-field-right = Right
editor-field-zones = Zone { $n }
editor-field-explanation = Explanation after the answer
editor-field-terms = Word { $n }
editor-field-word = Word
editor-field-definition = What it means
editor-saved-folder = The pack files are saved in { $path }.
editor-saved-file = The pack is saved as one file: { $path }.
editor-preview-problems = { $count ->
    [one] This lesson has 1 problem to fix before it can be seen.
   *[other] This lesson has { $count } problems to fix before it can be seen.
}
editor-gift-imported = { $imported } questions added as a new lesson. { $skipped ->
    [0] Set its competence and level, and write the missing translations.
   *[other] { $skipped } items could not be imported (essays or descriptions): see the GIFT file.
}
editor-picture-not-png = This picture is not a PNG file. Save it as PNG, then choose it again.
editor-picture-too-heavy = This picture weighs { $kilobytes } KB; a pack takes pictures up to { $max } KB. Make it smaller, then choose it again.
editor-picture-too-large = This picture is { $width } × { $height } pixels; a pack takes pictures up to { $max } pixels wide and tall.
editor-gift-not-utf8 = "{ $file }" is not UTF-8 text. Save it as UTF-8 in your text editor, then choose it again.
