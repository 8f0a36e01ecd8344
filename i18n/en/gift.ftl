gift-skipped-essay = Line { $line }: an essay question is not imported (there is no right answer to check).
gift-skipped-description = Line { $line }: a description without answers is not imported.
gift-skipped-unreadable = Line { $line }: this question could not be read and is not imported.
gift-imported = { $count ->
        [one] { $count } question written
       *[other] { $count } questions written
    } to { $path }. Run "passerelle pack check" to see the translations and explanations to complete.
gift-bad-arguments = Give --in fr or en, a CRCN competence such as 4.1, and a level from 1 to 8.
gift-not-text = line { $line } holds a character that is neither UTF-8 nor Windows-1252 text. Save the file as UTF-8 text, then import it again.
gift-nothing-imported = { $file }: no question in this file can be imported. Nothing was written.
gift-lesson-exists = { $path } already exists and may hold your changes: nothing was written. Give another file name, or add --force to replace it.
gift-changed-partial-credit = Line { $line }: partial credit (%…%) is not kept: only the fully right answers count, as Passerelle gives no partial marks.
gift-changed-answer-feedback = Line { $line }: the feedback written for one answer (#…) is not kept, since it would be shown after the other answers too. Write the question's explanation (pack check lists it).
gift-changed-only-first-right = Line { $line }: this single-answer question has several = answers; only the first is right.
gift-file-exists = { $path } already exists: nothing was written. Give another file name, or add --force to replace it.
gift-export-skipped = { $lesson }, question { $question }: a "{ $type }" question has no GIFT form and is not in the file.
gift-exported = { $count ->
        [one] { $count } question written
       *[other] { $count } questions written
    } to { $path }, ready to import into Moodle (Question bank, Import, GIFT format).
