gift-skipped-essay = Line { $line }: an essay question is not imported (there is no right answer to check).
gift-skipped-description = Line { $line }: a description without answers is not imported.
gift-skipped-unreadable = Line { $line }: this question could not be read and is not imported.
gift-imported = { $count } questions written to { $path }. Run "passerelle pack check" to see the translations and explanations to complete.
gift-bad-arguments = Give --in fr or en, a CRCN competence such as 4.1, and a level from 1 to 8.
