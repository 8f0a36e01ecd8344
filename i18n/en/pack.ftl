pack-unreadable = cannot read this folder or file ({ $reason }). Check the path.
pack-no-manifest = no pack.toml file. Every pack has a pack.toml at its top (see docs/pack-format.md).
pack-no-lessons = no lessons. Add at least one .toml file in the lessons/ folder.
pack-not-utf8 = this file is not UTF-8 text. Save it as UTF-8 in your editor.
pack-syntax = invalid TOML: { $detail }
pack-missing-field = the field "{ $field }" is missing or empty. Add it.
pack-missing-translation = the "{ $lang }" text of "{ $field }" is missing. Add { $field }.{ $lang } = "…" (every text exists in French and in English).
pack-unsupported-format = this pack uses format { $found }; this version of Passerelle reads format { $supported }. Update Passerelle or write format = { $supported }.
pack-bad-id = the id "{ $value }" in "{ $field }" may only have lower-case letters without accents, digits and dashes (for example: the-mouse-1).
pack-duplicate-id = the id "{ $value }" in "{ $field }" is already used at { $first }. Choose an id of its own.
pack-unknown-competence = "{ $value }" (in "{ $field }") is not a competence of the CRCN framework. Use a code from 1.1 to 5.2 (see docs/pack-format.md).
pack-bad-level = level { $value } (in "{ $field }") does not exist. Write a level from 1 to 8.
pack-unknown-question-type = "{ $value }" (in "{ $field }") is not a known question type. Use single, multiple, true-false, typed, fields, order, match or zone.
pack-answer-not-a-choice = the right answer "{ $value }" (in "{ $field }") is not the id of one of the question's choices. Use a choice's id.
pack-answer-not-boolean = "{ $field }" must be true or false, without quotes.
pack-no-steps = this lesson has no steps. Add at least one [[steps]] block.
pack-no-questions = this lesson has no practice. Every lesson has practice: add at least one [[questions]] block or a [steps.activity].
pack-missing-image = the picture "{ $file }" (in "{ $field }") is not in the pack's media/ folder. Add it or fix its name.
pack-not-a-pack-file = a pack does not read this file: only pack.toml, glossary.toml, the lessons in lessons/ (.toml) and the files in media/ are read. Take it out, or put it where it belongs.
pack-unsupported-media = this file is neither a PNG picture nor a WAV recording. Pack pictures are PNG files, sounds are WAV files.
pack-missing-audio = the recording "{ $file }" (in "{ $field }") is not in the pack's media/ folder. Add it or fix its name.
pack-too-few = "{ $field }" must have at least { $min } entries.
pack-not-a-picture = "{ $file }" (in "{ $field }") is not a PNG picture. Pictures to click are PNG files.
pack-zone-outside-picture = the zone "{ $field }" goes beyond the edges of its picture, which is { $width } × { $height } pixels. Check its x, y, width and height.
pack-bad-pixels = "{ $field }" = { $value } is not a valid number of pixels. Write a whole number: 0 or more for x and y, 1 or more for width and height.
pack-answer-not-a-zone = the right answer "{ $value }" (in "{ $field }") is not the id of one of the question's zones. Use a zone's id.
pack-unknown-activity-type = "{ $value }" (in "{ $field }") is not a known activity. Use mouse, keyboard, mailbox, form, password, files or portal.
pack-unknown-mouse-task = "{ $value }" (in "{ $field }") is not a mouse task. Use click, double-click, right-click, drag or scroll.
pack-not-a-web-address = "{ $value }" (in "{ $field }") is not a web page's address. Write it in full, starting with https://.
pack-not-a-check-day = "{ $value }" (in "{ $field }") is not a past day written YYYY-MM-DD, for example 2026-12-07. Write the day a person read the page again.
pack-unknown-field-format = "{ $value }" (in "{ $field }") is not a field format. Use text, date, email, phone or postcode.
pack-unknown-spelling = "{ $value }" (in "{ $field }") is not a spelling rule. Use exact (every letter and accent must be right, as in an address) or forgiving (small typos are accepted; the default).
pack-no-scam = the mailbox "{ $field }" has no scam to find. Mark at least one message with scam = true.
pack-unknown-page-type = "{ $value }" (in "{ $field }") is not a known page. Use sign-in, code, form, attach, slots, confirmation, status or download.
pack-no-free-slot = every slot of "{ $field }" is taken. Leave at least one slot without taken = true.
pack-not-a-code = "{ $field }" = "{ $value }" is not a code. Write 4 to 8 digits.
pack-code-not-in-sms = the SMS "{ $field }" (language { $lang }) does not hold the page's code. Write the code in it.
pack-no-reference = the page "{ $field }" shows a file number, but the procedure has none. Add reference = "…" to the activity.
pack-out-of-range = "{ $field }" = { $value } is outside what is allowed. Write a number from { $min } to { $max }.
pack-installed = The pack { $id } (version { $version }) is installed. Residents keep their progress.
pack-install-refused = The pack was not installed, and nothing changed: { $reason }
pack-install-older = this PC has version { $installed }, newer than the file's version { $offered }.
pack-archive-not-archive = this is not a Passerelle pack file ({ $name }).
pack-archive-unsafe-path = the file { $name } would be written outside the pack.
pack-archive-link = { $name } is a link, which a pack may not hold.
pack-archive-encrypted = { $name } is encrypted, which a pack may not be.
pack-archive-duplicate = the pack holds two files with the same name.
pack-archive-too-many = the pack holds too many files.
pack-archive-entry-too-large = { $name } is larger than a file of its kind may be in a pack.
pack-archive-too-large = the pack's files add up to more than 200 MB.
pack-archive-not-text = { $name } is not text in UTF-8.
pack-not-a-number = "{ $field }" must be a number, written without quotes (a tolerance is 0 or more), for example 3.5.
pack-picture-too-large = this picture is { $width } × { $height } pixels; a pack takes pictures up to { $max } pixels wide and tall. Make it smaller.
pack-picture-damaged = this picture is cut short or damaged: it cannot be read. Save it again as PNG.
pack-markup-shown-as-typed = "{ $field }" would show ** as two stars: they mark a word only in lesson text. Remove them.
pack-link = this is a link to another file or folder; a pack holds its own files. Copy the file itself here.
pack-not-a-file = this is neither a file nor a folder (a pipe or a device). Remove it from the pack.
pack-too-many-files = the pack holds more than { $max } files. Split it into several packs.
pack-file-too-large = this file is { $kilobytes } KB, more than a file of its kind may be in a pack ({ $max } KB).
pack-too-large = the pack's files add up to more than { $max } MB. Split it into several packs.
pack-same-name-but-case = this file has the name of { $other } but for capital letters: on Windows they would be one file. Rename one of them.
pack-bad-version = "{ $value }" is not a version number. Write one like 1.0.0 (then 1.0.1, 1.1.0…).
pack-wrong-type = this value is { $found ->
    [text] a text in quotes
    [whole-number] a whole number
    [number] a number
    [true-false] true or false
    [list] a list in [ ]
    [table] a table
   *[other] of another kind
}, where { $expected ->
    [text] a text in quotes ("…")
    [whole-number] a whole number without quotes (such as 2)
    [number] a number without quotes (such as 3.5)
    [true-false] true or false without quotes
    [list] a list in [ ]
    [table] a table
   *[other] another kind of value
} is needed. Fix it on this line.
pack-not-used-here = "{ $field }" is never shown here: only the choices of a single or multiple choice question have an explanation. Remove it.
pack-in-question = (question "{ $id }")
