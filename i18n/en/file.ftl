file-not-a-file = this is not a file that can be read (a folder, a device or a pipe). Choose a file.
file-too-large = this file is { $megabytes } MB, more than a file of this kind may be ({ $max } MB). Check that it is the right file.
file-read-only = this folder or file cannot be written: it is read-only, or protected. Choose another place, or ask the workshop leader.
file-disk-full = the disk is full: nothing was saved. Free some space, then try again.
file-not-found = this file or folder does not exist (any more). Check its name and where it is.
file-is-a-folder = this is a folder, where a file was expected.
file-damaged = this file is damaged or of another kind.
file-error = the file could not be read or written ({ $detail }).
