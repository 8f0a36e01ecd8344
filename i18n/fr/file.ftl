file-not-a-file = ce n'est pas un fichier que l'on peut lire (un dossier, un périphérique ou un tube). Choisissez un fichier.
file-too-large = ce fichier fait { $megabytes } Mo, plus qu'un fichier de ce genre ne peut faire ({ $max } Mo). Vérifiez que c'est le bon fichier.
file-too-large-kb = ce fichier fait { $kilobytes } Ko, plus qu'un fichier de ce genre ne peut faire ({ $max } Ko). Vérifiez que c'est le bon fichier.
file-read-only = ce dossier ou ce fichier ne peut pas être modifié : il est en lecture seule, ou protégé. Choisissez un autre endroit, ou demandez à la personne qui anime l'atelier.
file-disk-full = le disque est plein : rien n'a été enregistré. Libérez de la place, puis réessayez.
file-not-found = ce fichier ou ce dossier n'existe pas (ou plus). Vérifiez son nom et son emplacement.
file-is-a-folder = c'est un dossier, là où il fallait un fichier.
file-damaged = ce fichier est abîmé ou d'un autre genre.
file-error = le fichier n'a pas pu être lu ou écrit ({ $detail }).
file-choice-title = Choisissez les fichiers à ouvrir
file-choice-folder = Passerelle les cherche dans ce dossier : { $folder }
file-choice-none = Il n'y a pas encore de fichier de ce genre dans ce dossier. Ouvrez le dossier, mettez-y le fichier (depuis une clé USB, par exemple), puis recommencez.
file-choice-load = { $count ->
    [0] Ouvrir les fichiers cochés
    [one] Ouvrir le fichier coché
   *[other] Ouvrir les { $count } fichiers cochés
}
file-choice-open-folder = Ouvrir ce dossier
file-choice-not-opened = Le dossier { $folder } n'a pas pu être ouvert : { $detail }
