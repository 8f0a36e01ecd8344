file-not-a-file = ce n'est pas un fichier que l'on peut lire (un dossier, un périphérique ou un tube). Choisissez un fichier.
file-too-large = ce fichier fait { $megabytes } Mo, plus qu'un fichier de ce genre ne peut faire ({ $max } Mo). Vérifiez que c'est le bon fichier.
file-read-only = ce dossier ou ce fichier ne peut pas être modifié : il est en lecture seule, ou protégé. Choisissez un autre endroit, ou demandez à la personne qui anime l'atelier.
file-disk-full = le disque est plein : rien n'a été enregistré. Libérez de la place, puis réessayez.
file-not-found = ce fichier ou ce dossier n'existe pas (ou plus). Vérifiez son nom et son emplacement.
file-is-a-folder = c'est un dossier, là où il fallait un fichier.
file-damaged = ce fichier est abîmé ou d'un autre genre.
file-error = le fichier n'a pas pu être lu ou écrit ({ $detail }).
