file-not-a-file = this is not a file that can be read (a folder, a device or a pipe). Choose a file.
file-too-large = this file is { $megabytes } MB, more than a file of this kind may be ({ $max } MB). Check that it is the right file.
file-too-large-kb = this file is { $kilobytes } KB, more than a file of this kind may be ({ $max } KB). Check that it is the right file.
file-read-only = this folder or file cannot be written: it is read-only, or protected. Choose another place, or ask the workshop leader.
file-disk-full = the disk is full: nothing was saved. Free some space, then try again.
file-not-found = this file or folder does not exist (any more). Check its name and where it is.
file-is-a-folder = this is a folder, where a file was expected.
file-damaged = this file is damaged or of another kind.
file-error = the file could not be read or written ({ $detail }).
file-choice-title = Choose the files to load
file-choice-folder = Passerelle looks for them in this folder: { $folder }
file-choice-none = There is no file of this kind in this folder yet. Open the folder, put the file in it (from a USB key, for example), then try again.
file-choice-load = { $count ->
    [0] Load the files ticked
    [one] Load the file ticked
   *[other] Load the { $count } files ticked
}
file-choice-open-folder = Open this folder
file-choice-not-opened = The folder { $folder } could not be opened: { $detail }
