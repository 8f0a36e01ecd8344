activity-practice = Practice
activity-success = Well done!
activity-not-yet = Not yet. Let's look together.
activity-saved = Your try is saved.
activity-try-again = Try again
activity-done = Done:
activity-to-do = To do:

activity-keyboard-copy = Copy this text. Type it in the box under it.
activity-keyboard-type-here = Type the text here:
activity-keyboard-progress = { $right ->
        [one] { $right } letter right
       *[other] { $right } letters right
    } out of { $total }. Mistakes: { $mistakes }.
activity-keyboard-next = Next character: { $char }
activity-keyboard-azerty = AZERTY keyboard (France, Belgium):
activity-keyboard-qwerty = QWERTY keyboard (United Kingdom, United States):
activity-keyboard-check = Check my text
activity-keyboard-result = { $right ->
        [one] { $right } letter right
       *[other] { $right } letters right
    }, { $mistakes ->
        [one] { $mistakes } mistake
       *[other] { $mistakes } mistakes
    }, in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }: about { $per_minute ->
        [one] { $per_minute } letter
       *[other] { $per_minute } letters
    } a minute.
activity-keys-press = press the key { $key }.
activity-keys-shift = hold the Shift key (arrow pointing up) and press the key { $key }.
activity-keys-altgr = hold the AltGr key (right of the space bar, not Ctrl + Alt) and press the key { $key }.
activity-keys-accent = press the key { $accent }, let go, then press { $letter }.
activity-keys-alt-code = on Windows, hold the Alt key and type { $code } on the number pad (the number keys on the right).

activity-password-label = Make up a password for a pretend account:
activity-password-show = Show the password
activity-password-weak = weak
activity-password-medium = almost there
activity-password-strong = strong
activity-password-strength = Your password is { $strength }.
activity-password-either = A strong password has:
activity-password-length = at least 12 characters (now: { $count })
activity-password-cases = capital letters and small letters
activity-password-digits = digits
activity-password-special = special characters, like ! ? # or *
activity-password-or-long = Or it has:
activity-password-long = at least 14 characters, with capital letters, small letters and digits (now: { $count ->
        [one] { $count } character
       *[other] { $count } characters
    })
activity-password-or = Or it is a passphrase:
activity-password-words = { $needed } words or more (now: { $count })
activity-password-common = This password is one of the first ones thieves try.
activity-password-has-name = Your first name is easy to guess: leave it out.
activity-password-advice = Use a different password for each site. A password manager can remember them for you. Never give your password by phone or by email.
activity-password-use = Use this password
activity-password-strong-result = Your password is strong. In real life, keep it secret and use it for one site only.
activity-password-weak-result = This password is not strong enough yet. Make it longer, or use a sentence of 7 words or more.
activity-password-forgotten = Passerelle did not keep your password.

activity-mailbox-intro = Here is a pretend mailbox. Open each message. Tick "This message is a scam" for the false ones.
activity-mailbox-inbox = Inbox
activity-mailbox-flagged-mark = [Scam]
activity-mailbox-from = From: { $from }
activity-mailbox-subject = Subject: { $subject }
activity-mailbox-flag = This message is a scam
activity-mailbox-open-one = Choose a message above to open it.
activity-mailbox-finished = I have finished
activity-mailbox-result = You judged { $right ->
        [one] { $right } message right
       *[other] { $right } messages right
    } out of { $total }.
activity-mailbox-scam-found = Right: this message is a scam.
activity-mailbox-scam-missed = This message is a scam. Here are the clues:
activity-mailbox-genuine-kept = Right: this message is real.
activity-mailbox-genuine-flagged = This message is real. Here is how to tell:

activity-form-required-note = Fields with * must be filled in.
activity-form-to-correct = { $count ->
    [one] 1 field needs correcting. Look for the message in red.
   *[other] { $count } fields need correcting. Look for the messages in red.
}
activity-form-example-date = Day/month/year, for example: 05/03/1962
activity-form-example-email = For example: marie.dupont@example.com
activity-form-example-phone = 10 digits, for example: 06 12 34 56 78
activity-form-example-postcode = 5 digits, for example: 69001
activity-form-send = Send
activity-form-error-missing = Fill in this field.
activity-form-error-date = Write the date as day/month/year, for example 05/03/1962.
activity-form-error-email = An email address has an @ and a dot, for example marie.dupont@example.com.
activity-form-error-phone = Write 10 digits, starting with 0, for example 06 12 34 56 78.
activity-form-error-postcode = A postcode has 5 digits, for example 69001.

activity-files-folders = Folders:
activity-files-in-folder = In the folder "{ $folder }":
activity-files-empty = This folder is empty.
activity-files-find = Find the file you just downloaded: { $file }
activity-files-rename = Give it a clear name: { $name }
activity-files-move = Put it in the folder "{ $folder }"
activity-files-send = Attach it to a message to { $to } and send it
activity-files-select-one = Choose a file to see what you can do with it.
activity-files-new-name = New name for { $file }:
activity-files-rename-ok = OK, rename
activity-files-move-where = Where do you want to put { $file }?
activity-files-move-to = Into "{ $folder }"
activity-files-rename-button = Rename { $file }
activity-files-move-button = Move { $file }
activity-files-attach = Attach { $file } to the message
activity-files-write = Write a message
activity-files-message = New message
activity-files-to = To:
activity-files-attached = Attached file: { $file }
activity-files-no-attachment = No file attached yet. Choose the file, then press "Attach".
activity-files-send-button = Send the message
activity-files-check = Check how I put it away
activity-files-sent-no-file = The message was sent with no file attached. Choose the file, press "Attach", then send again.
activity-files-sent-other-file = The file attached is { $file }: attach the one you renamed instead.
activity-files-sent-no-address = The message has no address. Write { $to } next to "To:".
activity-files-sent-wrong-address = The message went to { $typed }, but the address is { $to }. Check each letter, then send again.
activity-files-downloads = Downloads
activity-files-documents = Documents
activity-files-pictures = Pictures

activity-mouse-task-of = Exercise { $n } of { $total }
activity-mouse-almost-click = Almost! Put the arrow on the round target itself, then click.
activity-mouse-almost-right-click = That was the left button. Press the button on the right of the mouse.
activity-mouse-almost-drag = The letter went back. Keep the button pressed until the letter is on the folder, then let go.
activity-mouse-almost-item = That was another choice. Open the menu again with the right button, then choose "Rename".
activity-mouse-area = Mouse practice area
activity-mouse-click = Click on the target. Each target is a little smaller.
activity-mouse-double-click = Open the folder: click twice, quickly, on it.
activity-mouse-right-click = Click on the page with the right button of the mouse. A menu opens: choose "Rename".
activity-mouse-drag = Put each letter in the folder. Press and hold the left button on a letter, move the mouse to the folder, then let go.
activity-mouse-scroll = Find the star in the list. Turn the mouse wheel, or drag the bar on the right, to scroll down.
activity-mouse-target = Target { $n } of { $total }
activity-mouse-folder = Holiday photos
activity-mouse-twice = Click twice, quickly, without moving the mouse.
activity-mouse-document = Letter to the council
activity-mouse-menu-copy = Copy
activity-mouse-menu-rename = Rename
activity-mouse-menu-delete = Delete
activity-mouse-box = Post
activity-mouse-in-box = { $n } of { $total } in the folder
activity-mouse-item = Letter { $n }
activity-mouse-star = The star: click here
activity-mouse-line = Line { $n }
activity-mouse-result = { $hits ->
        [one] { $hits } move right
       *[other] { $hits } moves right
    } and { $misses ->
        [one] { $misses } try again
       *[other] { $misses } tries again
    }, in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.

## The pretend public-services portal.
activity-portal-address = Site address: { $address }
activity-portal-page = Page { $page } of { $total }: { $title }
activity-portal-continue = Continue
activity-portal-finish = Finish
activity-portal-sign-in-with = Sign in with { $service }
activity-portal-choose-account = Choose the account you already have:
activity-portal-code-label = Code received by text
activity-portal-attach-label = Choose the document to attach:
activity-portal-slots-label = Choose a free slot:
activity-portal-slot-taken = { $slot } (already taken)
activity-portal-reference = File number: { $reference }
activity-portal-note-reference = Write this number down: you need it to follow your request.
activity-portal-reference-label = File number
activity-portal-status = Status of your request: { $status }
activity-portal-download = Download { $document } (PDF)
activity-portal-downloaded = Done: { $document } is in the Downloads folder.
activity-portal-phone = Phone (practice)
activity-portal-sms-from = Text from { $from }:
activity-portal-sms-confirmation = Your request { $reference } is recorded.
activity-portal-call = Incoming call: unknown number
activity-portal-call-give = Give the code
activity-portal-call-hang-up = Hang up
activity-portal-call-ended = You hung up. Good reflex: this code is never given to anyone.
activity-portal-call-given = The code was given to the caller.
activity-portal-problem-no-account = Press "Sign in with { $service }", then choose your account.
activity-portal-problem-other-account = You have no account with { $chosen }. Choose { $account }.
activity-portal-problem-call-waiting = The phone is ringing. First decide what to do with this call.
activity-portal-problem-code-given = Never give this code, even to someone who says they work for the administration. Hang up, then type the code yourself.
activity-portal-problem-wrong-code = That is not the code in the text. Look at the phone, then type its digits.
activity-portal-problem-form = Correct the boxes in red, then continue.
activity-portal-problem-no-file = Choose the document to attach in the list.
activity-portal-problem-other-file = This document is { $chosen }. Attach { $right } instead.
activity-portal-problem-no-slot = Choose a free slot. A slot already taken cannot be chosen.
activity-portal-problem-wrong-reference = That is not your file number. It was on the confirmation page: { $reference }.
activity-portal-problem-not-downloaded = First download { $document }, then finish.
activity-portal-done = Procedure finished on { $site }.
activity-portal-first-time = Done the first time: { $title }
activity-portal-more-tries = { $tries ->
    [one] Done after 1 more try: { $title }
   *[other] Done after { $tries } more tries: { $title }
}
activity-portal-step-sign-in = signing in
activity-portal-step-code = the code by text message
activity-portal-step-form = the form
activity-portal-step-attach = attaching the document
activity-portal-step-slots = choosing a slot
activity-portal-step-confirmation = the confirmation
activity-portal-step-status = following the request
activity-portal-step-download = downloading the document
