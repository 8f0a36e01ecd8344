error-store = Passerelle cannot read or write its data. Detail: { $detail }
error-store-too-new = This data comes from a newer version of Passerelle. It was not changed. Install the latest version of Passerelle.
error-disk-full = The disk is full: your last action was not saved. Free some space and try again.
error-read-only = Passerelle cannot write in its data folder. Ask the workshop leader to check the folder's permissions.
error-no-data-dir = Passerelle cannot find a folder for its data. Give one with --data-dir FOLDER.
error-create-data-dir = Cannot create the data folder { $path }: { $detail }
error-builtin-pack = A lesson that comes with Passerelle has an error and was not updated. The other lessons work as usual.
error-window = Cannot open the window: { $detail }
