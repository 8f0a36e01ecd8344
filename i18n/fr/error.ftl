error-store = Passerelle n'arrive pas à lire ou à écrire ses données. Détail : { $detail }
error-store-too-new = Ces données viennent d'une version plus récente de Passerelle. Elles n'ont pas été modifiées. Installez la dernière version de Passerelle.
error-disk-full = Le disque est plein : votre dernière action n'a pas été enregistrée. Libérez de la place puis réessayez.
error-read-only = Passerelle ne peut pas écrire dans son dossier de données. Demandez à l'animateur de vérifier les droits du dossier.
error-no-data-dir = Passerelle ne trouve pas de dossier où ranger ses données. Indiquez-en un avec --data-dir DOSSIER.
error-create-data-dir = Impossible de créer le dossier de données { $path } : { $detail }
error-builtin-pack = Une leçon fournie avec Passerelle contient une erreur et n'a pas été mise à jour. Les autres leçons marchent normalement.
error-window = Impossible d'ouvrir la fenêtre : { $detail }
