# A test whose tool was not found when the build was configured: it fails, naming what to install.
message(FATAL_ERROR "This check cannot run: ${WHAT} was not found when the build was configured. "
                    "Install it and configure again (cmake --preset <preset>).")
