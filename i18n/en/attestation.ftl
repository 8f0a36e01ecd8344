attestation-title = Certificate of progress in digital skills
attestation-intro = Passerelle certifies that { $name } followed the lessons below.
attestation-reached = Competences reached
attestation-none-reached = No competence reached yet.
attestation-lesson = - { $title } ({ $code } { $competence }, level { $level }), finished on { $date }: { $right ->
        [one] { $right } right answer
       *[other] { $right } right answers
    } out of { $total }
attestation-mark-rule = A competence counts as reached when its lesson's quiz has at least { $mark } % right answers.
attestation-followed = Other lessons followed
attestation-lesson-followed = - { $title }, finished on { $date }: { $right ->
        [one] { $right } right answer
       *[other] { $right } right answers
    } out of { $total }
attestation-issued = Issued on { $date }.
attestation-signature = Name and signature of the leader:
attestation-signature-named = Signature of { $leader }, who signs for the structure:
attestation-saved = The attestation is saved in { $path }. Open it to print it.
attestation-saved-missing = The attestation is saved in { $path }, but no font on this PC has these letters of the name: { $missing }. They are left blank: write them by hand before you hand it over.
attestation-signed = Signed by the structure with its key { $key }. The code in the corner holds what this page attests: Passerelle can check that nothing in it was changed, with no internet ("Check an attestation" in the leaders' area).
attestation-check-title = Check an attestation
attestation-check-file = File: { $file }
attestation-check-valid-own = Valid: signed by this structure (key { $key }).
attestation-check-valid-trusted = Valid: signed by { $structure } (key { $key }).
attestation-check-unknown-signer = Signed by a structure this PC does not know (key { $key }): the signature is right, but nothing says who made it. Ask the structure for its key to trust it.
attestation-check-altered = Altered: this attestation is no longer as its structure signed it. Do not rely on it.
attestation-check-unsigned = This file carries no Passerelle signature: there is nothing to check.
attestation-check-facts = This is what it attests (rely on this rather than on the printed page):
attestation-check-name = Name: { $name }
attestation-check-structure = Structure: { $structure }
attestation-check-leader = Signed for the structure by: { $leader }
attestation-check-unreadable = The file { $file } cannot be read: { $detail }
attestation-check-lesson-reached = - { $title } ({ $code }, level { $level }), finished on { $date }: { $right ->
        [one] { $right } right answer
       *[other] { $right } right answers
    } out of { $total }, competence reached
attestation-check-lesson-followed = - { $title }, finished on { $date }: { $right ->
        [one] { $right } right answer
       *[other] { $right } right answers
    } out of { $total }, lesson followed
attestation-check-trust-hint = For this PC to know its attestations from now on: check with the structure that its key is { $key } (by phone, for example), then give its name.
attestation-check-trust-name = The structure's name
attestation-check-trust = Trust this structure
attestation-check-more = This file holds { $count ->
        [one] { $count } attestation
       *[other] { $count } attestations
    } (a workshop's, one a page). The first is shown above; the others:
attestation-check-page-valid = Page { $page }: valid, { $name }
attestation-check-page-unknown = Page { $page }: signed by a structure this PC does not know, { $name }
attestation-check-page-altered = Page { $page }: altered, do not rely on it
attestation-keys-not-keys = { $file } is not a keys file of Passerelle (its first line should read "passerelle-keys 1"). Nothing was trusted.
attestation-keys-bad-key = { $file }, line { $line }, the key: this is not a Passerelle key (64 characters, 0 to 9 and a to f). Nothing was trusted.
attestation-keys-bad-name = { $file }, line { $line }, the structure's name: it is missing, longer than 120 characters, or holds control characters. Nothing was trusted.
attestation-keys-two-names = { $file }, line { $line }, the structure's name: this key is already given under another name. Nothing was trusted.
attestation-keys-too-many = { $file } holds more than { $max } keys. Nothing was trusted.
attestation-keys-name = structures-keys
attestation-keys-saved = The structures' keys are saved in { $path }. Give this file to the structures that check your attestations: they add it in their leaders' area.
attestation-keys-no-name = Give your structure's name above first, and keep it: the keys file says whose keys they are.
attestation-keys-trusted = { $file }: this PC now knows the attestations of { $structures }.{ $known ->
    [0] {""}
    [one] {" "}1 key was known already.
   *[other] {" "}{ $known } keys were known already.
}
attestation-keys-nothing-new = { $file }: this PC knew every key of this file already ({ $known }). Nothing changed.
