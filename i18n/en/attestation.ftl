attestation-title = Certificate of progress in digital skills
attestation-intro = Passerelle certifies that { $name } finished the following lessons:
attestation-none = No lesson finished yet.
attestation-lesson = - { $title } ({ $code } { $competence }, level { $level }), finished on { $date }
attestation-issued = Issued on { $date }.
attestation-code = Verification code: { $code }
attestation-saved = The attestation is saved in { $path }. Open it to print it.
