cli-pack-ok = { $path }: no problems ({ $lessons } lessons, { $questions } questions, { $activities } practice activities).
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
cli-renderer = How to draw the window: auto (what worked last time), standard, or safe (for old or broken graphics drivers). Remembered on this PC.
cli-progress = Move residents' progress between PCs (files on a USB key, for example).
cli-progress-export = Save residents' progress to one file.
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
