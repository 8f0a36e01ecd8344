cli-pack-ok = { $path }: no problems ({ $lessons ->
        [one] { $lessons } lesson
       *[other] { $lessons } lessons
    }, { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $activities ->
        [one] { $activities } practice activity
       *[other] { $activities } practice activities
    }).
cli-pack-problems = { $path }: { $count ->
    [one] 1 problem
   *[other] { $count } problems
} to fix.
cli-about = Passerelle: learn the basics of computers, offline, in French or English. With no command, the window opens.
cli-data-dir = Keep all data (profiles, progress) in this folder.
cli-lang = Language of messages: fr or en (default: the system's).
cli-pack = Work with lesson packs.
cli-pack-check = Check packs and print every problem as file:line: message. Exit status 1 when anything is wrong.
cli-pack-check-paths = Pack folders (or folders of packs).
cli-pack-check-sources = Also list the sources of each lesson's facts.
cli-pack-never-checked = { $path }: lesson "{ $lesson }": warning, nobody has read its sources again yet to check its facts.
cli-pack-check-again = { $path }: lesson "{ $lesson }": warning, its facts were checked on { $date }, more than 12 months ago. Read its sources again.
cli-pack-sources = { $path }: lesson "{ $lesson }": { $count ->
        [0] no sources
        [one] 1 source
       *[other] { $count } sources
    }
cli-pack-source = - { $title }: { $address } ({ $checked })
cli-pack-source-checked = checked on { $date }
cli-pack-source-not-checked = not read again yet
cli-renderer = How to draw the window: auto (what worked last time), standard, or safe (for old or broken graphics drivers). Remembered on this PC.
cli-progress = Move residents' progress between PCs (files on a USB key, for example).
cli-progress-export = Save the progress of the residents who share their results to one file (asks for the leaders' PIN).
cli-progress-out = The file to write.
cli-progress-resident = Only this resident (first name or pseudonym); repeat for several. Default: everyone.
cli-progress-import = Load progress files, from this PC or others, into this PC.
cli-progress-files = The progress files.
cli-pack-build = Write a pack folder as one file to share (it must pass pack check).
cli-pack-build-dir = The pack folder.
cli-pack-build-out = The file to write (.passerelle-pack).
cli-pack-built = The pack is written to { $path }.
cli-pack-install = Install a pack file on this PC (a newer version replaces the older one).
cli-pack-install-file = The pack file.
cli-pack-install-allow-older = Replace the installed pack even when this file holds an older version.
cli-pack-gift = Turn a Moodle GIFT quiz file into a lesson of questions in a pack folder.
cli-pack-gift-file = The GIFT file.
cli-pack-gift-lang = The language it is written in: fr or en.
cli-pack-gift-into = The pack folder to write into (made if it does not exist).
cli-pack-gift-other = The same bank in the other language, paired by question name, else by order.
cli-pack-gift-competence = The CRCN competence of the questions, for example 4.1.
cli-pack-gift-level = Their level, 1 to 8.
cli-window-open = Passerelle is open on this data folder ({ $path }). Close its window, then run the command again. Nothing was changed.
cli-no-store = There is no Passerelle data in { $path } yet: nothing to read.
cli-store-recovered = Passerelle's data was damaged or missing and has been put back from its latest backup: answers given since that backup are lost.
cli-pack-gift-force = Replace the lesson file when the pack already has one of that name (otherwise nothing is overwritten).
cli-pack-export-gift = Write a pack's questions as a Moodle GIFT file, in one language.
cli-pack-export-gift-dir = The pack folder.
cli-pack-export-gift-lang = The language to write: fr or en.
cli-pack-export-gift-out = The GIFT file to write.
cli-pack-export-gift-force = Replace the file when it exists (otherwise nothing is overwritten).
cli-pin-prompt = Workshop leaders' PIN (then Enter):
cli-pin-needed = This command reads or writes several people's data: it needs the workshop leaders' PIN. Type it when asked, or give it on standard input with --pin-stdin.
cli-pin-not-set = The workshop leaders' PIN is not chosen yet: open the Workshop leader area in Passerelle's window to choose it.
cli-pin-wrong = Wrong PIN: nothing was done.
cli-pin-too-soon = Too many wrong tries: wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }, then try again. Nothing was done.
cli-pin-stdin = Read the workshop leaders' PIN from the first line of standard input (for scripts).
cli-attestation = Check signed attestations, and the structures' keys that sign them.
cli-attestation-verify = Check an attestation: valid, altered, or signed by a structure this PC does not know. Exit status 0 only when it is valid and signed by a known structure.
cli-attestation-verify-file = The attestation's PDF file (or the text of its signature).
cli-attestation-key-about = Print this structure's key, to give to the structures that check its attestations.
cli-attestation-keys-about = Write the keys this PC knows (this structure's, and those it trusts) to a file that other structures trust in one step.
cli-attestation-keys-out = The file to write (.passerelle-keys).
cli-attestation-keys-none = There is nothing to write yet: choose the leaders' PIN and give the structure's name in the leaders' area first.
cli-attestation-not-written = The file { $path } could not be written: { $detail }
cli-attestation-trust-file-about = Trust every structure of a keys file, as another structure's "attestation keys" wrote it (asks for the leaders' PIN).
cli-attestation-trust-file-file = The keys file (.passerelle-keys).
cli-attestation-trust = Trust another structure's key, as its "attestation key" printed it (asks for the leaders' PIN).
cli-attestation-trust-key = The key (64 characters).
cli-attestation-trust-structure = The structure's name, as this PC will show it.
cli-attestation-unreadable = The file { $path } cannot be read: { $detail }
cli-attestation-unsigned = { $path } carries no Passerelle signature: there is nothing to check.
cli-attestation-altered = ALTERED: this attestation is no longer as its structure signed it. Do not rely on it.
cli-attestation-page = == Attestation { $page } of { $count }
cli-attestation-valid-own = VALID: signed by this structure (key { $key }). This is what it attests:
cli-attestation-valid-trusted = VALID: signed by { $structure } (key { $key }). This is what it attests:
cli-attestation-unknown-signer = SIGNED BY A STRUCTURE THIS PC DOES NOT KNOW: the signature is right, but this PC does not know the key { $key }. If you know the structure, trust it with: passerelle attestation trust { $public } --structure "its name". This is what it attests:
cli-attestation-key = Key of { $structure } ({ $key }): { $public }
cli-attestation-no-key = This structure has no key yet: it is made when the leaders' PIN is chosen or typed in Passerelle.
cli-attestation-bad-key = This is not a Passerelle key (64 characters, 0 to 9 and a to f), or the structure's name is missing. Nothing was changed.
cli-attestation-trusted = This PC now trusts { $structure } (key { $key }).
cli-network = The library network: set up its server (for a city's IT), join it, sync with it.
cli-network-init-server = Create the network's schema, roles and policies on the PostgreSQL server, or bring them up to date.
cli-network-admin-url = The database owner's address: postgresql://user:password@host:port/database
cli-network-certificate = The server's certificate (a PEM file), needed when the server is on another computer.
cli-network-add-site = Give a site its own role on the server, and write its join file for the site's PCs.
cli-network-site-name = The site's name: lower-case letters, digits and dashes, for example mediatheque-zola.
cli-network-join-out = The join file to write. Keep it like a key: it opens the network.
cli-network-host = The server's name as the site's PCs reach it (default: the one in the address).
cli-network-join = Put this PC on the network with its site's join file (asks for the leaders' PIN).
cli-network-join-file = The site's join file.
cli-network-status = Say whether this PC is on a network, when it last synced and what is waiting.
cli-network-sync = Sync once with the network's server now, and say what moved (asks for the leaders' PIN).
cli-network-publish-pack = Publish a pack file to the network: every PC installs it at its next sync (asks for the leaders' PIN).
cli-network-publish-pack-file = The pack file (.passerelle-pack, as passerelle pack build writes it).
