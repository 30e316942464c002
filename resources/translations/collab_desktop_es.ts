<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AddGroupDialog</name>
        <message>
            <source>Add a whole collaborative</source>
            <translation>Añadir un colaborativo completo</translation>
        </message>
        <message>
            <source>All collaboratives (combined roster)</source>
            <translation>Todos los colaborativos (lista de participantes combinada)</translation>
        </message>
        <message>
            <source>Any role</source>
            <translation>Cualquier rol</translation>
        </message>
        <message>
            <source>Co&amp;llaborative</source>
            <translation>Co&amp;laborativo</translation>
        </message>
        <message>
            <source>Only members with &amp;role</source>
            <translation>Solo miembros con el &amp;rol</translation>
        </message>
        <message>
            <source>Add everyone</source>
            <translation>Añadir a todos</translation>
        </message>
    </context>
    <context>
        <name>Ages</name>
        <message>
            <source>less than a minute old</source>
            <translation>menos de un minuto de antigüedad</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes old</source>
            <translation>
                <numerusform>%n minuto de antigüedad</numerusform>
                <numerusform>%n minutos de antigüedad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours old</source>
            <translation>
                <numerusform>%n hora de antigüedad</numerusform>
                <numerusform>%n horas de antigüedad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days old</source>
            <translation>
                <numerusform>%n día de antigüedad</numerusform>
                <numerusform>%n días de antigüedad</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Arguments</name>
        <message>
            <source>not a date (use YYYY-MM-DD): {text!r}</source>
            <translation>no es una fecha (usar AAAA-MM-DD): {text!r}</translation>
        </message>
        <message>
            <source>must be a whole number of at least 1: {text!r}</source>
            <translation>debe ser un número entero de al menos 1: {text!r}</translation>
        </message>
    </context>
    <context>
        <name>AtRisk</name>
        <message>
            <source>The number of missed sessions must be at least 1.</source>
            <translation>El número de sesiones perdidas debe ser al menos 1.</translation>
        </message>
    </context>
    <context>
        <name>AtRiskPage</name>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Missed in a row</source>
            <translation>Faltas seguidas</translation>
        </message>
        <message>
            <source>Last attended</source>
            <translation>Última asistencia</translation>
        </message>
        <message>
            <source>Nobody has missed their last session.</source>
            <translation>Nadie ha faltado a su última sesión.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody has missed their last %n sessions.</source>
            <translation>
                <numerusform>Nadie ha faltado a su última sesión (%n).</numerusform>
                <numerusform>Nadie ha faltado a sus últimas %n sesiones.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 member has missed their last session in a row.</source>
            <translation>1 miembro ha faltado a su última sesión.</translation>
        </message>
        <message numerus="yes">
            <source>1 member has missed their last %n sessions in a row.</source>
            <translation>
                <numerusform>1 miembro ha faltado a su última sesión (%n).</numerusform>
                <numerusform>1 miembro ha faltado a sus últimas %n sesiones seguidas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members have missed their last session in a row.</source>
            <translation>
                <numerusform>%n miembro ha faltado a su última sesión.</numerusform>
                <numerusform>%n miembros han faltado a su última sesión.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{members} members have missed their last %n sessions in a row.</source>
            <translation>
                <numerusform>{members} miembros han faltado a su última sesión (%n).</numerusform>
                <numerusform>{members} miembros han faltado a sus últimas %n sesiones seguidas.</numerusform>
            </translation>
        </message>
        <message>
            <source>List members whose most recent sessions, this many of them, were all missed</source>
            <translation>Mostrar a los miembros que faltaron a todas sus sesiones más recientes (esta cantidad de sesiones)</translation>
        </message>
        <message>
            <source>&amp;Missed the last</source>
            <translation>&amp;Faltaron a las últimas</translation>
        </message>
        <message>
            <source>Active members who were registered for their most recent sessions that are over and missed them all (absent, or never marked). Excused absences are skipped, not counted; sessions before someone joined or signed up do not count. The date range above does not apply.</source>
            <translation>Miembros activos que tenían inscripción en sus sesiones más recientes ya terminadas y faltaron a todas (ausentes o sin marcar). Las ausencias justificadas se omiten, no se cuentan; no cuentan las sesiones anteriores a que la persona se uniera o se inscribiera. El intervalo de fechas de arriba no se aplica.</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>Miembros en riesgo</translation>
        </message>
        <message>
            <source>sessions they were registered for</source>
            <translation>sesiones en las que tenían inscripción</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>The list could not be computed: {error}</source>
            <translation>No se pudo calcular la lista: {error}</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>En riesgo</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>No registration with id {registration_id}.</source>
            <translation>No hay ninguna inscripción con el id {registration_id}.</translation>
        </message>
        <message>
            <source>No contact with id {contact_id}.</source>
            <translation>No hay ningún contacto con el id {contact_id}.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceChart</name>
        <message>
            <source>Attendance over time</source>
            <translation>Asistencia a lo largo del tiempo</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistieron</translation>
        </message>
        <message>
            <source>{month}: {attended} attended of {registered} registered, {absent} absent, {excused} excused (attendance rate {rate}), 1 session</source>
            <translation>{month}: {attended} asistieron de {registered} inscritos, {absent} ausentes, {excused} justificados (tasa de asistencia {rate}), 1 sesión</translation>
        </message>
        <message numerus="yes">
            <source>{month}: {attended} attended of {registered} registered, {absent} absent, {excused} excused (attendance rate {rate}), %n sessions</source>
            <translation>
                <numerusform>{month}: {attended} asistieron de {registered} inscritos, {absent} ausentes, {excused} justificados (tasa de asistencia {rate}), %n sesión</numerusform>
                <numerusform>{month}: {attended} asistieron de {registered} inscritos, {absent} ausentes, {excused} justificados (tasa de asistencia {rate}), %n sesiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceCommand</name>
        <message>
            <source>cancel a registration (the first person waiting moves up)</source>
            <translation>cancelar una inscripción (la primera persona en espera pasa a tener plaza)</translation>
        </message>
        <message>
            <source>print who was cancelled and who moved up</source>
            <translation>mostrar a quién se canceló y quién pasó a tener plaza</translation>
        </message>
        <message>
            <source>mark a person's attendance at a session</source>
            <translation>marcar la asistencia de una persona a una sesión</translation>
        </message>
        <message>
            <source>print the status as JSON</source>
            <translation>mostrar el estado como JSON</translation>
        </message>
        <message>
            <source>Cancelled {display_name} for session {id}.</source>
            <translation>Se canceló la inscripción de {display_name} en la sesión {id}.</translation>
        </message>
        <message>
            <source>{name} moved up from the waitlist.</source>
            <translation>{name} pasó de la lista de espera a tener plaza.</translation>
        </message>
        <message>
            <source>{email} is not registered for session {id}; sign them up first (signup).</source>
            <translation>{email} no está inscrito en la sesión {id}; inscribirlo primero (signup).</translation>
        </message>
        <message>
            <source>Marked {display_name} {status} for session {id}.</source>
            <translation>{display_name} marcado como «{status}» en la sesión {id}.</translation>
        </message>
    </context>
    <context>
        <name>AttendanceHistoryList</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Attendance ({attended} attended of {registered} registered)</source>
            <translation>Asistencia ({attended} asistencias de {registered} inscripciones)</translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewDialog</name>
        <message>
            <source>Read attendance — {file}</source>
            <translation>Leer asistencia — {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n walk-ins to add</source>
            <translation>
                <numerusform>%n asistente sin inscripción por añadir</numerusform>
                <numerusform>%n asistentes sin inscripción por añadir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new contacts</source>
            <translation>
                <numerusform>%n contacto nuevo</numerusform>
                <numerusform>%n contactos nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{session}&lt;/b&gt;&lt;br&gt;{attended} attended, {absent} absent, {walk_ins} ({new_contacts}).</source>
            <translation>&lt;b&gt;{session}&lt;/b&gt;&lt;br&gt;{attended} asistieron, {absent} ausentes, {walk_ins} ({new_contacts}).</translation>
        </message>
        <message>
            <source>{name} &lt;{email}&gt;  (new contact)</source>
            <translation>{name} &lt;{email}&gt;  (contacto nuevo)</translation>
        </message>
        <message>
            <source>Attended ({count})</source>
            <translation>Asistieron ({count})</translation>
        </message>
        <message>
            <source>Absent ({count})</source>
            <translation>Ausentes ({count})</translation>
        </message>
        <message>
            <source>Walk-ins ({count})</source>
            <translation>Sin inscripción ({count})</translation>
        </message>
        <message>
            <source>Notes ({count})</source>
            <translation>Notas ({count})</translation>
        </message>
        <message>
            <source>What the sheet records</source>
            <translation>Lo que registra la hoja</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message>
            <source>back up the database (to OUT, or into the backups folder beside it)</source>
            <translation>hacer una copia de seguridad de la base de datos (en OUT o en la carpeta de copias junto a ella)</translation>
        </message>
        <message>
            <source>file to write</source>
            <translation>archivo que se va a escribir</translation>
        </message>
        <message>
            <source>replace OUT if it exists</source>
            <translation>sustituir OUT si existe</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current state is backed up first)</source>
            <translation>sustituir la base de datos por una copia de seguridad (antes se guarda una copia del estado actual)</translation>
        </message>
        <message>
            <source>backup file to restore</source>
            <translation>copia de seguridad que se va a restaurar</translation>
        </message>
        <message>
            <source>list the backups beside the database</source>
            <translation>enumerar las copias de seguridad junto a la base de datos</translation>
        </message>
        <message>
            <source>keep the newest backup of N days</source>
            <translation>conservar la copia más reciente de N días</translation>
        </message>
        <message>
            <source>keep the newest backup of N months</source>
            <translation>conservar la copia más reciente de N meses</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>mostrar JSON en lugar de una tabla</translation>
        </message>
        <message>
            <source>Backed up to {path} ({counts}).</source>
            <translation>Copia de seguridad guardada en {path} ({counts}).</translation>
        </message>
        <message>
            <source>restore replaces database files; to put a backup on this team database, run `collab-desktop copy-db {source} {database} --replace` (it replaces everything on the server; `backup` first keeps a copy of what is there now).</source>
            <translation>restore sustituye archivos de base de datos; para poner una copia de seguridad en esta base de datos del equipo, ejecutar `collab-desktop copy-db {source} {database} --replace` (sustituye todo lo que hay en el servidor; ejecutar antes `backup` guarda una copia de lo que hay ahora).</translation>
        </message>
        <message>
            <source>{database} is open in a Collab Desktop window ({holder}). Close the window first, or use File &gt; Restore from backup there.</source>
            <translation>{database} está abierta en una ventana de Collab Desktop ({holder}). Cerrar primero la ventana o usar allí Archivo &gt; Restaurar desde copia de seguridad.</translation>
        </message>
        <message>
            <source>Restored {database} from {restored_from} ({counts}).</source>
            <translation>Se restauró {database} desde {restored_from} ({counts}).</translation>
        </message>
        <message>
            <source>The state before the restore was saved to {path}.</source>
            <translation>El estado anterior a la restauración se guardó en {path}.</translation>
        </message>
        <message>
            <source>The restored copy was upgraded to schema {to_revision}.</source>
            <translation>La copia restaurada se actualizó al esquema {to_revision}.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Collaboratives</source>
            <translation>Colaborativos</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Keeping the newest backup of {daily} days and {monthly} months.</source>
            <translation>Se conserva la copia de seguridad más reciente de {daily} días y de {monthly} meses.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily backup</source>
            <translation>Copia diaria</translation>
        </message>
        <message>
            <source>Backed up by hand</source>
            <translation>Copia hecha a mano</translation>
        </message>
        <message>
            <source>Before upgrading to this release</source>
            <translation>Antes de actualizar a esta versión</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Antes de una importación</translation>
        </message>
        <message>
            <source>Before restoring a backup</source>
            <translation>Antes de restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Before deleting several records</source>
            <translation>Antes de eliminar varios registros</translation>
        </message>
        <message>
            <source>Before undoing an import</source>
            <translation>Antes de deshacer una importación</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <source>Choose a different file: that is the database itself.</source>
            <translation>Elegir otro archivo: ese es la propia base de datos.</translation>
        </message>
        <message>
            <source>Already exists; choose a new file name (or overwrite it)</source>
            <translation>Ya existe; elegir un nombre de archivo nuevo (o sobrescribirlo)</translation>
        </message>
        <message>
            <source>Keep at least 1 daily backup.</source>
            <translation>Conservar al menos 1 copia diaria.</translation>
        </message>
        <message>
            <source>The number of monthly backups cannot be negative.</source>
            <translation>El número de copias mensuales no puede ser negativo.</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} no existe o no es un archivo.</translation>
        </message>
        <message>
            <source>{path} is not a Collab Desktop database (it is not a database file at all).</source>
            <translation>{path} no es una base de datos de Collab Desktop (ni siquiera es un archivo de base de datos).</translation>
        </message>
        <message>
            <source>{path} cannot be read as a database ({exc}).</source>
            <translation>{path} no se puede leer como base de datos ({exc}).</translation>
        </message>
        <message>
            <source>{path} is a database, but not one made by Collab Desktop.</source>
            <translation>{path} es una base de datos, pero no creada por Collab Desktop.</translation>
        </message>
        <message>
            <source>{path} was made by a newer release of Collab Desktop (schema {value}). Install that release to restore it.</source>
            <translation>{path} se creó con una versión más reciente de Collab Desktop (esquema {value}). Instalar esa versión para restaurarla.</translation>
        </message>
        <message>
            <source>That file is the open database itself; choose a backup.</source>
            <translation>Ese archivo es la propia base de datos abierta; elegir una copia de seguridad.</translation>
        </message>
        <message>
            <source>Backups are made of database files; this database is not one.</source>
            <translation>Las copias de seguridad se hacen de archivos de base de datos; esta base de datos no lo es.</translation>
        </message>
    </context>
    <context>
        <name>BadgePdf</name>
        <message>
            <source>Name badges</source>
            <translation>Credenciales</translation>
        </message>
    </context>
    <context>
        <name>Badges</name>
        <message>
            <source>No session with id {session_id}. Run 'list sessions' to see the ids.</source>
            <translation>No hay ninguna sesión con el id {session_id}. Ejecutar «list sessions» para ver los id.</translation>
        </message>
        <message>
            <source>Nobody is registered for this session; no badge was written.</source>
            <translation>No hay nadie inscrito en esta sesión; no se creó ninguna credencial.</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message>
            <source>Presenter: {presenter}</source>
            <translation>Presentador: {presenter}</translation>
        </message>
        <message>
            <source>For: {role}s only</source>
            <translation>Solo para: {role}</translation>
        </message>
        <message>
            <source>Collab Desktop sessions</source>
            <translation>Sesiones de Collab Desktop</translation>
        </message>
        <message>
            <source>No session with id {id}. Run 'list sessions' to see the ids.</source>
            <translation>No hay ninguna sesión con el id {id}. Ejecutar «list sessions» para ver los id.</translation>
        </message>
        <message>
            <source>No series with id {id}.</source>
            <translation>No hay ninguna serie con el id {id}.</translation>
        </message>
        <message>
            <source>No collaborative with id {id}.</source>
            <translation>No hay ningún colaborativo con el id {id}.</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source>Export calendar (.ics)</source>
            <translation>Exportar calendario (.ics)</translation>
        </message>
        <message>
            <source>This session: {title}</source>
            <translation>Esta sesión: {title}</translation>
        </message>
        <message>
            <source>This session</source>
            <translation>Esta sesión</translation>
        </message>
        <message>
            <source>Its whole series (one recurring appointment)</source>
            <translation>Toda su serie (una cita periódica)</translation>
        </message>
        <message>
            <source>Every session of a collaborative</source>
            <translation>Todas las sesiones de un colaborativo</translation>
        </message>
        <message>
            <source>Every session</source>
            <translation>Todas las sesiones</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Collaborative to export</source>
            <translation>Colaborativo que exportar</translation>
        </message>
    </context>
    <context>
        <name>CertificatePdf</name>
        <message>
            <source>CERTIFICATE OF ATTENDANCE</source>
            <translation>CERTIFICADO DE ASISTENCIA</translation>
        </message>
        <message>
            <source>This certifies that</source>
            <translation>Se certifica que</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>asistió a</translation>
        </message>
        <message numerus="yes">
            <source>{attended} of %n sessions</source>
            <translation>
                <numerusform>{attended} de %n sesión</numerusform>
                <numerusform>{attended} de %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{hours} hour of attendance</source>
            <translation>{hours} hora de asistencia</translation>
        </message>
        <message>
            <source>{hours} hours of attendance</source>
            <translation>{hours} horas de asistencia</translation>
        </message>
        <message>
            <source>credits</source>
            <translation>créditos</translation>
        </message>
        <message>
            <source>Issued {day}</source>
            <translation>Emitido el {day}</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Código de verificación</translation>
        </message>
        <message>
            <source>Certificate of attendance</source>
            <translation>Certificado de asistencia</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificados</translation>
        </message>
    </context>
    <context>
        <name>CertificateSettings</name>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>The signature picture is over 2 MB.</source>
            <translation>La imagen de la firma pesa más de 2 MB.</translation>
        </message>
        <message>
            <source>The signature picture must be a PNG or JPEG.</source>
            <translation>La imagen de la firma debe ser PNG o JPEG.</translation>
        </message>
        <message>
            <source>Credits per hour must be between 0 and 100.</source>
            <translation>Los créditos por hora deben estar entre 0 y 100.</translation>
        </message>
        <message>
            <source>Name the credits (for example 'CE contact hours').</source>
            <translation>Indicar el nombre de los créditos (por ejemplo, «horas de formación continuada»).</translation>
        </message>
        <message>
            <source>The stored signature picture is damaged.</source>
            <translation>La imagen de la firma guardada está dañada.</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>Como máximo {limit} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>CertificateSettingsDialog</name>
        <message>
            <source>Certificate settings</source>
            <translation>Ajustes de certificados</translation>
        </message>
        <message>
            <source>Save the changes to these certificate settings?</source>
            <translation>¿Guardar los cambios de estos ajustes de certificados?</translation>
        </message>
        <message>
            <source>e.g. The Dartmouth Institute, accredited provider</source>
            <translation>p. ej., The Dartmouth Institute, proveedor acreditado</translation>
        </message>
        <message>
            <source>&amp;Print credits</source>
            <translation>Im&amp;primir créditos</translation>
        </message>
        <message>
            <source> per hour attended</source>
            <translation> por hora asistida</translation>
        </message>
        <message>
            <source>e.g. CE contact hours</source>
            <translation>p. ej., horas de formación continua</translation>
        </message>
        <message>
            <source>No signature picture</source>
            <translation>Sin imagen de firma</translation>
        </message>
        <message>
            <source>Signature picture</source>
            <translation>Imagen de la firma</translation>
        </message>
        <message>
            <source>&amp;Choose picture…</source>
            <translation>&amp;Elegir imagen…</translation>
        </message>
        <message>
            <source>&amp;Remove picture</source>
            <translation>&amp;Quitar imagen</translation>
        </message>
        <message>
            <source>Co&amp;llaborative:</source>
            <translation>Co&amp;laborativo:</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;veedor:</translation>
        </message>
        <message>
            <source>Signatory &amp;name:</source>
            <translation>&amp;Nombre del firmante:</translation>
        </message>
        <message>
            <source>Signatory &amp;title:</source>
            <translation>Car&amp;go del firmante:</translation>
        </message>
        <message>
            <source>Print credits</source>
            <translation>Imprimir créditos</translation>
        </message>
        <message>
            <source>Credits per hour attended</source>
            <translation>Créditos por hora asistida</translation>
        </message>
        <message>
            <source>Credits:</source>
            <translation>Créditos:</translation>
        </message>
        <message>
            <source>Credit t&amp;ype:</source>
            <translation>&amp;Tipo de crédito:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Firma:</translation>
        </message>
        <message>
            <source>Save these settings for the collaborative (Ctrl+S)</source>
            <translation>Guardar estos ajustes para el colaborativo (Ctrl+S)</translation>
        </message>
        <message>
            <source>What the certificates of this collaborative print. Empty fields are left off the certificate.</source>
            <translation>Lo que imprimen los certificados de este colaborativo. Los campos vacíos no aparecen en el certificado.</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>No se puede leer {file}: {error}</translation>
        </message>
    </context>
    <context>
        <name>Certificates</name>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Choose one session, one series or one collaborative.</source>
            <translation>Elegir una sesión, una serie o un colaborativo.</translation>
        </message>
        <message>
            <source>No session with id {session_id}. Run 'list sessions' to see the ids.</source>
            <translation>No hay ninguna sesión con el id {session_id}. Ejecutar «list sessions» para ver los id.</translation>
        </message>
        <message>
            <source>No series with id {series_id}.</source>
            <translation>No hay ninguna serie con el id {series_id}.</translation>
        </message>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <source>No session held in this scope (cancelled and future sessions do not count); no certificate was written.</source>
            <translation>No se celebró ninguna sesión en este ámbito (las sesiones canceladas y futuras no cuentan); no se creó ningún certificado.</translation>
        </message>
        <message>
            <source>--min-attended must be between 1 and {total} (the sessions held).</source>
            <translation>--min-attended debe estar entre 1 y {total} (las sesiones celebradas).</translation>
        </message>
        <message>
            <source>Nobody attended all of the 1 session held in this scope; no certificate was written.</source>
            <translation>Nadie asistió a la única sesión celebrada en este ámbito; no se creó ningún certificado.</translation>
        </message>
        <message numerus="yes">
            <source>Nobody attended all of the %n sessions held in this scope; no certificate was written.</source>
            <translation>
                <numerusform>Nadie asistió a la %n sesión celebrada en este ámbito; no se creó ningún certificado.</numerusform>
                <numerusform>Nadie asistió a todas las %n sesiones celebradas en este ámbito; no se creó ningún certificado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nobody attended at least {needed} of the %n sessions held in this scope; no certificate was written.</source>
            <translation>
                <numerusform>Nadie asistió al menos a {needed} de la %n sesión celebrada en este ámbito; no se creó ningún certificado.</numerusform>
                <numerusform>Nadie asistió al menos a {needed} de las %n sesiones celebradas en este ámbito; no se creó ningún certificado.</numerusform>
            </translation>
        </message>
        <message>
            <source>{activity} - all certificates</source>
            <translation>{activity} - todos los certificados</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificados</translation>
        </message>
        <message>
            <source>No certificate was issued with the code {value!r}.</source>
            <translation>No se emitió ningún certificado con el código {value!r}.</translation>
        </message>
    </context>
    <context>
        <name>CertificatesDialog</name>
        <message>
            <source>Certificates of attendance</source>
            <translation>Certificados de asistencia</translation>
        </message>
        <message>
            <source>This &amp;session: {title}, {date}</source>
            <translation>Esta &amp;sesión: {title}, {date}</translation>
        </message>
        <message>
            <source>This &amp;session</source>
            <translation>Esta &amp;sesión</translation>
        </message>
        <message>
            <source>Every session of its s&amp;eries held so far</source>
            <translation>Todas las sesiones de su s&amp;erie celebradas hasta ahora</translation>
        </message>
        <message>
            <source>A &amp;collaborative's sessions between two dates</source>
            <translation>Las sesiones de un &amp;colaborativo entre dos fechas</translation>
        </message>
        <message>
            <source>all of them</source>
            <translation>todas</translation>
        </message>
        <message>
            <source> sessions</source>
            <translation> sesiones</translation>
        </message>
        <message>
            <source>Who gets a certificate: people who attended at least this many</source>
            <translation>Quién recibe certificado: las personas que asistieron al menos a este número de sesiones</translation>
        </message>
        <message>
            <source>Folder for the certificates</source>
            <translation>Carpeta para los certificados</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Elegi&amp;r…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Elegir la carpeta</translation>
        </message>
        <message>
            <source>Co&amp;llaborative:</source>
            <translation>Co&amp;laborativo:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Attended at least:</source>
            <translation>&amp;Asistencia mínima:</translation>
        </message>
        <message>
            <source>F&amp;older:</source>
            <translation>Car&amp;peta:</translation>
        </message>
        <message>
            <source>&amp;Write certificates</source>
            <translation>&amp;Generar certificados</translation>
        </message>
        <message>
            <source>There is no collaborative to choose.</source>
            <translation>No hay ningún colaborativo que elegir.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>El último día es anterior al primero.</translation>
        </message>
        <message>
            <source>Choose a folder for the certificates.</source>
            <translation>Falta elegir una carpeta para los certificados.</translation>
        </message>
    </context>
    <context>
        <name>ChangedBar</name>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modificado en otro lugar</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Volver a cargar</translation>
        </message>
        <message>
            <source>Show the stored record; your unsaved edits are discarded</source>
            <translation>Mostrar el registro guardado; se descartan los cambios sin guardar</translation>
        </message>
        <message>
            <source>Show their version; your unsaved edits are discarded</source>
            <translation>Mostrar su versión; se descartan los cambios sin guardar</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <source>Hide this message and go on with your edits</source>
            <translation>Ocultar este mensaje y seguir con los cambios</translation>
        </message>
        <message>
            <source>Go on with your edits; saving stores what the form shows</source>
            <translation>Seguir con los cambios; al guardar se almacena lo que muestra el formulario</translation>
        </message>
        <message>
            <source>Deleted by {name} while you were editing.</source>
            <translation>Eliminado por {name} durante la edición.</translation>
        </message>
        <message>
            <source>Deleted elsewhere while you were editing.</source>
            <translation>Eliminado en otro lugar durante la edición.</translation>
        </message>
        <message>
            <source>Changed by {name} while you were editing.</source>
            <translation>Modificado por {name} durante la edición.</translation>
        </message>
        <message>
            <source>Changed elsewhere while you were editing.</source>
            <translation>Modificado en otro lugar durante la edición.</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Guardar gráfico como PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a picture</source>
            <translation>Guardar este gráfico como imagen</translation>
        </message>
        <message>
            <source>Save chart as PNG</source>
            <translation>Guardar gráfico como PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Guardar gráfico</translation>
        </message>
        <message>
            <source>The chart could not be written to {path}.</source>
            <translation>No se pudo escribir el gráfico en {path}.</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>check the database file for damage and broken links</source>
            <translation>revisar si el archivo de la base de datos tiene daños o vínculos rotos</translation>
        </message>
        <message>
            <source>the database has problems (see above).</source>
            <translation>la base de datos tiene problemas (ver arriba).</translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>{name}'s registration was changed by {who} {when}; checked in on the latest</source>
            <translation>La inscripción de {name} la modificó {who} {when}; la llegada se registró sobre la versión más reciente</translation>
        </message>
        <message>
            <source>This person</source>
            <translation>esta persona</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>✓ here</source>
            <translation>✓ presente</translation>
        </message>
        <message>
            <source>Check-in — {title}</source>
            <translation>Registro de llegada — {title}</translation>
        </message>
        <message>
            <source>Click a name, or type it and press Enter, to check someone in. Ctrl+Z undoes.</source>
            <translation>Hacer clic en un nombre, o escribirlo y pulsar Intro, registra la llegada. Ctrl+Z deshace.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Type a name, then Enter</source>
            <translation>Escribir un nombre y pulsar Intro</translation>
        </message>
        <message>
            <source>Registered people</source>
            <translation>Personas inscritas</translation>
        </message>
        <message>
            <source>Find a name</source>
            <translation>Buscar un nombre</translation>
        </message>
        <message>
            <source>Last check-in note</source>
            <translation>Nota del último registro de llegada</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo the last check-in (Ctrl+Z)</source>
            <translation>Deshacer el último registro de llegada (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message numerus="yes">
            <source>{here} of %n checked in</source>
            <translation>
                <numerusform>Llegadas: {here} de %n</numerusform>
                <numerusform>Llegadas: {here} de %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro de llegada</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Collab Desktop: collaboratives, contacts, sessions and attendance. With no command, opens the window.</source>
            <translation>Collab Desktop: colaborativos, contactos, sesiones y asistencia. Sin ningún comando, abre la ventana.</translation>
        </message>
        <message>
            <source>database file, or a team database as postgresql://user@host:5432/dbname (default: $COLLAB_DESKTOP_DB, else the per-user file); passwords come from ~/.pgpass, PGPASSWORD or PGSERVICE</source>
            <translation>archivo de base de datos, o una base de datos del equipo como postgresql://usuario@servidor:5432/nombrebd (predeterminado: $COLLAB_DESKTOP_DB; si no, el archivo del usuario); las contraseñas se toman de ~/.pgpass, PGPASSWORD o PGSERVICE</translation>
        </message>
        <message>
            <source>the name your changes are recorded under (created by, changed by); default: the team database's user, else your login</source>
            <translation>el nombre con el que se registran los cambios (creado por, modificado por); predeterminado: el usuario de la base de datos del equipo; si no, el nombre de inicio de sesión</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>error: {message}</translation>
        </message>
        <message>
            <source>interrupted; nothing more was changed.</source>
            <translation>interrumpido; no se cambió nada más.</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>aviso: {warning}</translation>
        </message>
    </context>
    <context>
        <name>Collaboratives</name>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>No collaborative called {name!r}. Known collaboratives: {value}.</source>
            <translation>No hay ningún colaborativo llamado {name!r}. Colaborativos existentes: {value}.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>A collaborative called {value!r} already exists.</source>
            <translation>Ya existe un colaborativo llamado {value!r}.</translation>
        </message>
        <message>
            <source>No collaborative with id {id}.</source>
            <translation>No hay ningún colaborativo con el id {id}.</translation>
        </message>
    </context>
    <context>
        <name>CollaborativesTab</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nombre corto</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Sponsor or partner</source>
            <translation>Patrocinador o socio</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Calendar colour</source>
            <translation>Color en el calendario</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Collaboratives</source>
            <translation>Colaborativos</translation>
        </message>
        <message>
            <source>Search collaboratives</source>
            <translation>Buscar colaborativos</translation>
        </message>
        <message>
            <source>New collaborative</source>
            <translation>Nuevo colaborativo</translation>
        </message>
        <message>
            <source>Create a new collaborative (Ctrl+N)</source>
            <translation>Crear un colaborativo nuevo (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the selected collaborative (Del)</source>
            <translation>Eliminar el colaborativo seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Collaborative details</source>
            <translation>Datos del colaborativo</translation>
        </message>
        <message>
            <source>No collaborative selected</source>
            <translation>Ningún colaborativo seleccionado</translation>
        </message>
        <message>
            <source>The new collaborative</source>
            <translation>El nuevo colaborativo</translation>
        </message>
        <message>
            <source>The collaboratives could not be loaded: {reason}</source>
            <translation>No se pudieron cargar los colaborativos: {reason}</translation>
        </message>
        <message>
            <source>Who changed what in this collaborative, and when (Ctrl+Shift+H)</source>
            <translation>Quién cambió qué en este colaborativo, y cuándo (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>History of this collaborative</source>
            <translation>Historial de este colaborativo</translation>
        </message>
        <message numerus="yes">
            <source>%n collaboratives</source>
            <translation>
                <numerusform>%n colaborativo</numerusform>
                <numerusform>%n colaborativos</numerusform>
            </translation>
        </message>
        <message>
            <source>{kind}, {focus}</source>
            <translation>{kind}, {focus}</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>Conocida</translation>
        </message>
        <message>
            <source>Add members…</source>
            <translation>Añadir miembros…</translation>
        </message>
        <message>
            <source>Add contacts to this collaborative</source>
            <translation>Añadir contactos a este colaborativo</translation>
        </message>
        <message>
            <source>Edit membership…</source>
            <translation>Editar membresía…</translation>
        </message>
        <message>
            <source>Change role, joined date or active flag</source>
            <translation>Cambiar la función, la fecha de ingreso o si está activo</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Take the selected people out of this collaborative (they stay in Contacts)</source>
            <translation>Quitar a las personas seleccionadas de este colaborativo (siguen en Contactos)</translation>
        </message>
        <message>
            <source>Members ({count})</source>
            <translation>Miembros ({count})</translation>
        </message>
        <message>
            <source>Add members</source>
            <translation>Añadir miembros</translation>
        </message>
        <message numerus="yes">
            <source>Added %n members. Ctrl+Z undoes this.</source>
            <translation>
                <numerusform>Se añadió %n miembro. Ctrl+Z lo deshace.</numerusform>
                <numerusform>Se añadieron %n miembros. Ctrl+Z lo deshace.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n members</source>
            <translation>
                <numerusform>%n miembro</numerusform>
                <numerusform>%n miembros</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove members</source>
            <translation>Quitar miembros</translation>
        </message>
        <message>
            <source>Remove {who} from {collaborative}?

They stay in Contacts, and Edit &gt; Undo or Edit &gt; Trash puts them back in.</source>
            <translation>¿Quitar a {who} de {collaborative}?

Siguen en Contactos, y Editar &gt; Deshacer o Editar &gt; Papelera los vuelve a incluir.</translation>
        </message>
        <message>
            <source>Removed {who} from {collaborative}.</source>
            <translation>Se quitó a {who} de {collaborative}.</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>{what} has unsaved changes. Save them?</source>
            <translation>{what} tiene cambios sin guardar. ¿Guardarlos?</translation>
        </message>
        <message>
            <source>Delete {what}?</source>
            <translation>¿Eliminar {what}?</translation>
        </message>
        <message>
            <source>This also deletes {also}.</source>
            <translation>También se eliminan {also}.</translation>
        </message>
        <message>
            <source>Deleted records go to the trash: Edit &gt; Undo or Edit &gt; Trash brings them back.</source>
            <translation>Los registros eliminados van a la papelera: Editar &gt; Deshacer o Editar &gt; Papelera los recupera.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>ContactCommand</name>
        <message>
            <source>add a contact (and a membership)</source>
            <translation>añadir un contacto (y una membresía)</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellidos</translation>
        </message>
        <message>
            <source>also make them a member of this one</source>
            <translation>hacerlo también miembro de este</translation>
        </message>
        <message>
            <source>membership role (default: member)</source>
            <translation>función en la membresía (predeterminada: member)</translation>
        </message>
        <message>
            <source>print the new contact as JSON</source>
            <translation>mostrar el contacto nuevo como JSON</translation>
        </message>
        <message>
            <source>Added contact {id}: {display_name} &lt;{email}&gt;</source>
            <translation>Contacto {id} añadido: {display_name} &lt;{email}&gt;</translation>
        </message>
    </context>
    <context>
        <name>ContactPickerDialog</name>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Buscar contactos</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Select one or more people (Ctrl+click or Shift+click for several).</source>
            <translation>Seleccionar una o más personas (Ctrl+clic o Mayús+clic para varias).</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Fecha de ingreso</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>No contact with id {contact_id}.</source>
            <translation>No hay ningún contacto con el id {contact_id}.</translation>
        </message>
        <message>
            <source>No contact with email {value!r}. Add the contact first.</source>
            <translation>No hay ningún contacto con el correo {value!r}. Añadir primero el contacto.</translation>
        </message>
        <message>
            <source>No contact with id {id}.</source>
            <translation>No hay ningún contacto con el id {id}.</translation>
        </message>
        <message>
            <source>{value} already belongs to {who}.</source>
            <translation>{value} ya pertenece a {who}.</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Participant type</source>
            <translation>Tipo de participante</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Search name, email or organization</source>
            <translation>Buscar nombre, correo u organización</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>Create a new contact (Ctrl+N)</source>
            <translation>Crear un contacto nuevo (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the selected contact (Del)</source>
            <translation>Eliminar el contacto seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Datos del contacto</translation>
        </message>
        <message>
            <source>No contact selected</source>
            <translation>Ningún contacto seleccionado</translation>
        </message>
        <message>
            <source>The new contact</source>
            <translation>El nuevo contacto</translation>
        </message>
        <message>
            <source>The contacts could not be loaded: {reason}</source>
            <translation>No se pudieron cargar los contactos: {reason}</translation>
        </message>
        <message>
            <source>Who changed what in this contact, and when (Ctrl+Shift+H)</source>
            <translation>Quién cambió qué en este contacto, y cuándo (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>History of this contact</source>
            <translation>Historial de este contacto</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Collaboratives</source>
            <translation>Colaborativos</translation>
        </message>
        <message>
            <source>&amp;First name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Last name</source>
            <translation>&amp;Apellidos</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nombre@ejemplo.org</translation>
        </message>
        <message>
            <source>Choose or type a new type</source>
            <translation>Elegir o escribir un tipo nuevo</translation>
        </message>
        <message>
            <source>Agrees to be listed in shared rosters and sheets</source>
            <translation>Acepta figurar en listas y hojas compartidas</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Add to collaborative…</source>
            <translation>Añadir a un colaborativo…</translation>
        </message>
        <message>
            <source>Edit membership…</source>
            <translation>Editar membresía…</translation>
        </message>
        <message>
            <source>Remove from collaborative</source>
            <translation>Quitar del colaborativo</translation>
        </message>
        <message>
            <source>Collaboratives ({count})</source>
            <translation>Colaborativos ({count})</translation>
        </message>
        <message>
            <source>Add to collaborative</source>
            <translation>Añadir a un colaborativo</translation>
        </message>
        <message>
            <source>This contact is already in every collaborative.</source>
            <translation>Este contacto ya está en todos los colaborativos.</translation>
        </message>
        <message>
            <source>Remove {who} from {collaboratives}?

Edit &gt; Undo or Edit &gt; Trash puts them back in.</source>
            <translation>¿Quitar a {who} de {collaboratives}?

Editar &gt; Deshacer o Editar &gt; Papelera lo vuelve a incluir.</translation>
        </message>
        <message>
            <source>Removed from {collaboratives}.</source>
            <translation>Se quitó de {collaboratives}.</translation>
        </message>
    </context>
    <context>
        <name>CopyCommand</name>
        <message>
            <source>copy every record from one database to another (a file to a team server and back), keeping ids; --db is not used</source>
            <translation>copiar todos los registros de una base de datos a otra (de un archivo a un servidor del equipo y al revés), conservando los id; no se usa --db</translation>
        </message>
        <message>
            <source>database file or postgresql:// URL to copy</source>
            <translation>archivo de base de datos o URL postgresql:// que se va a copiar</translation>
        </message>
        <message>
            <source>database file or postgresql:// URL to write (a new file or an empty server database is set up)</source>
            <translation>archivo de base de datos o URL postgresql:// de destino (se prepara un archivo nuevo o una base de datos vacía del servidor)</translation>
        </message>
        <message>
            <source>overwrite a target that already holds data</source>
            <translation>sobrescribir un destino que ya contiene datos</translation>
        </message>
        <message>
            <source>print JSON instead of a sentence</source>
            <translation>mostrar JSON en lugar de una frase</translation>
        </message>
        <message>
            <source>{target} was of an older release; backed up to {target_backup}.</source>
            <translation>{target} era de una versión anterior; copia de seguridad guardada en {target_backup}.</translation>
        </message>
        <message>
            <source>Copied {source} to {target} ({counts}).</source>
            <translation>Se copió {source} en {target} ({counts}).</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabase</name>
        <message>
            <source>{collaboratives} collaboratives, {contacts} contacts, {sessions} sessions, {registrations} registrations</source>
            <translation>{collaboratives} colaborativos, {contacts} contactos, {sessions} sesiones, {registrations} inscripciones</translation>
        </message>
        <message>
            <source>{where} does not exist; give the database to copy from.</source>
            <translation>{where} no existe; indicar la base de datos de origen.</translation>
        </message>
        <message>
            <source>{where} holds no Collab Desktop database; nothing to copy.</source>
            <translation>{where} no contiene ninguna base de datos de Collab Desktop; no hay nada que copiar.</translation>
        </message>
        <message>
            <source>{where} has schema {rev}, and this release copies schema {value}. Open it with this release first (or run upgrade-db on it), then copy it.</source>
            <translation>{where} tiene el esquema {rev} y esta versión copia el esquema {value}. Abrirla primero con esta versión (o ejecutar upgrade-db sobre ella) y después copiarla.</translation>
        </message>
        <message>
            <source>{path} is a folder. Give the path of a database file.</source>
            <translation>{path} es una carpeta. Indicar la ruta de un archivo de base de datos.</translation>
        </message>
        <message>
            <source>{value} must be a new file for a copy of schema {revision}.</source>
            <translation>{value} debe ser un archivo nuevo para una copia del esquema {revision}.</translation>
        </message>
        <message>
            <source>{value} is a database of an older release (schema {older}) and holds data; nothing was copied or changed. Give --replace to overwrite it (it is backed up first), or choose a new file.</source>
            <translation>{value} es una base de datos de una versión anterior (esquema {older}) y contiene datos; no se copió ni cambió nada. Usar --replace para sobrescribirla (antes se hace una copia de seguridad) o elegir un archivo nuevo.</translation>
        </message>
        <message>
            <source>The source and the target are the same database; choose another target.</source>
            <translation>El origen y el destino son la misma base de datos; elegir otro destino.</translation>
        </message>
        <message>
            <source>it was upgraded to this release's schema first; its earlier state is in {backup}</source>
            <translation>antes se actualizó al esquema de esta versión; su estado anterior está en {backup}</translation>
        </message>
        <message>
            <source>it is set up and empty, ready for another try</source>
            <translation>está preparada y vacía, lista para otro intento</translation>
        </message>
        <message>
            <source>it was left as it was</source>
            <translation>se dejó como estaba</translation>
        </message>
        <message>
            <source> (`collab-desktop --db {source} check` lists the broken links)</source>
            <translation> (`collab-desktop --db {source} check` enumera los vínculos rotos)</translation>
        </message>
        <message>
            <source>Copying to {target} failed while copying {table}: {problem}. Nothing was copied; {left}.</source>
            <translation>Falló la copia a {target} al copiar {table}: {problem}. No se copió nada; {left}.</translation>
        </message>
        <message>
            <source>Copying to {target} failed: {problem}. Nothing was copied; {left}.</source>
            <translation>Falló la copia a {target}: {problem}. No se copió nada; {left}.</translation>
        </message>
        <message>
            <source>{value} already holds data ({summary}); nothing was copied. Give --replace to overwrite all of it, or choose an empty database.</source>
            <translation>{value} ya contiene datos ({summary}); no se copió nada. Usar --replace para sobrescribirlo todo o elegir una base de datos vacía.</translation>
        </message>
        <message>
            <source>Copying {name} read {written:,} rows where the source counts {expected:,}; nothing was copied.</source>
            <translation>Al copiar {name} se leyeron {written:,} filas donde el origen tiene {expected:,}; no se copió nada.</translation>
        </message>
        <message>
            <source>After copying, {name} holds {found:,} rows instead of {value:,}; nothing was copied.</source>
            <translation>Tras la copia, {name} tiene {found:,} filas en lugar de {value:,}; no se copió nada.</translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>&amp;Trash…</source>
            <translation>&amp;Papelera…</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>Registros eliminados</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Hacer copia de se&amp;guridad ahora…</translation>
        </message>
        <message>
            <source>Save a copy of the database to a file</source>
            <translation>Guardar una copia de la base de datos en un archivo</translation>
        </message>
        <message>
            <source>Restore from bac&amp;kup…</source>
            <translation>Restaurar desde una c&amp;opia de seguridad…</translation>
        </message>
        <message>
            <source>Go back to an earlier backup</source>
            <translation>Volver a una copia de seguridad anterior</translation>
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation>&amp;Comprobar la base de datos</translation>
        </message>
        <message>
            <source>Look for damage and broken links</source>
            <translation>Buscar daños y vínculos rotos</translation>
        </message>
        <message>
            <source>Database already open</source>
            <translation>Base de datos ya abierta</translation>
        </message>
        <message>
            <source>{file} is already open in another Collab Desktop window ({holder}). Switch to that window to work on it.</source>
            <translation>{file} ya está abierta en otra ventana de Collab Desktop ({holder}). Para trabajar en ella, pasar a esa ventana.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>{name} backup {date}.sqlite</source>
            <translation>{name} copia de seguridad {date}.sqlite</translation>
        </message>
        <message>
            <source>Collab Desktop database (*.sqlite);;All files (*)</source>
            <translation>Base de datos de Collab Desktop (*.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The backup was not made: {error}</source>
            <translation>No se hizo la copia de seguridad: {error}</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Copia de seguridad guardada en {path}</translation>
        </message>
        <message>
            <source>Backed up to {path}
({counts}).</source>
            <translation>Copia de seguridad guardada en {path}
({counts}).</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Comprobar la base de datos</translation>
        </message>
        <message>
            <source>The check could not run: {error}</source>
            <translation>No se pudo hacer la comprobación: {error}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>This database is open read-only (another window is editing it); changes cannot be saved.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura (otra ventana la está editando); no se pueden guardar los cambios.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseAddress</name>
        <message>
            <source>service {service}</source>
            <translation>servicio {service}</translation>
        </message>
        <message>
            <source>(default database)</source>
            <translation>(base de datos predeterminada)</translation>
        </message>
        <message>
            <source>{database} on {host} as {user}</source>
            <translation>{database} en {host} como {user}</translation>
        </message>
        <message>
            <source>{database} on {host}</source>
            <translation>{database} en {host}</translation>
        </message>
        <message>
            <source>service {service} (team)</source>
            <translation>servicio {service} (equipo)</translation>
        </message>
        <message>
            <source>{database} on {host} (team)</source>
            <translation>{database} en {host} (equipo)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>este equipo</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCommand</name>
        <message>
            <source>upgrade the database's schema to this release (needed once for a team database; every workstation then needs this release)</source>
            <translation>actualizar el esquema de la base de datos a esta versión (necesario una vez en una base de datos del equipo; después, todos los puestos necesitan esta versión)</translation>
        </message>
        <message>
            <source>print JSON instead of a sentence</source>
            <translation>mostrar JSON en lugar de una frase</translation>
        </message>
        <message>
            <source>{database} already has this release's schema ({to_revision}).</source>
            <translation>{database} ya tiene el esquema de esta versión ({to_revision}).</translation>
        </message>
        <message>
            <source>Upgraded {database} from schema {from_revision} to {to_revision}{backup}.</source>
            <translation>{database} se actualizó del esquema {from_revision} al {to_revision}{backup}.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseOpening</name>
        <message>
            <source>{path} could not be opened: {reason}.</source>
            <translation>No se pudo abrir {path}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Letter, 6 badges of 4 x 3 in</source>
            <translation>Carta, 6 credenciales de 4 x 3 pulg.</translation>
        </message>
        <message>
            <source>A4, 8 badges</source>
            <translation>A4, 8 credenciales</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>&amp;Documentos</translation>
        </message>
        <message>
            <source>&amp;Certificates of attendance…</source>
            <translation>&amp;Certificados de asistencia…</translation>
        </message>
        <message>
            <source>Certificate &amp;settings…</source>
            <translation>&amp;Ajustes de certificados…</translation>
        </message>
        <message>
            <source>&amp;Name badges…</source>
            <translation>Crede&amp;nciales con nombre…</translation>
        </message>
        <message>
            <source>&amp;Transcript for the selected contact…</source>
            <translation>&amp;Historial de asistencia del contacto seleccionado…</translation>
        </message>
        <message>
            <source>&amp;E-mail draft (.eml)…</source>
            <translation>&amp;Borrador de correo (.eml)…</translation>
        </message>
        <message>
            <source>&amp;Open e-mail in mail app…</source>
            <translation>Abrir el correo en la aplicación de co&amp;rreo…</translation>
        </message>
        <message>
            <source>E-mail te&amp;mplates…</source>
            <translation>&amp;Plantillas de correo…</translation>
        </message>
        <message>
            <source>Select a session first (in the Sessions tab).</source>
            <translation>Primero hay que seleccionar una sesión (en la pestaña Sesiones).</translation>
        </message>
        <message numerus="yes">
            <source>Transcript of %n session(s) written to {path}</source>
            <translation>
                <numerusform>Historial de %n sesión guardado en {path}</numerusform>
                <numerusform>Historial de %n sesiones guardado en {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Draft to %n people written to {path}</source>
            <translation>
                <numerusform>Borrador para %n persona guardado en {path}</numerusform>
                <numerusform>Borrador para %n personas guardado en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificados</translation>
        </message>
        <message>
            <source>Certificates of attendance</source>
            <translation>Certificados de asistencia</translation>
        </message>
        <message>
            <source>Certificates cancelled; nothing was written.</source>
            <translation>Certificados cancelados; no se escribió nada.</translation>
        </message>
        <message>
            <source>Writing the certificates…</source>
            <translation>Generando los certificados…</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) written; all of them in {file}</source>
            <translation>
                <numerusform>%n certificado generado; todos en {file}</numerusform>
                <numerusform>%n certificados generados; todos en {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Credenciales con nombre</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Hoja:</translation>
        </message>
        <message>
            <source>badges.pdf</source>
            <translation>credenciales.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) written to {path}</source>
            <translation>
                <numerusform>%n credencial guardada en {path}</numerusform>
                <numerusform>%n credenciales guardadas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Historial de asistencia</translation>
        </message>
        <message>
            <source>Select a contact first (Contacts tab).</source>
            <translation>Primero hay que seleccionar un contacto (pestaña Contactos).</translation>
        </message>
        <message>
            <source>transcript.pdf</source>
            <translation>historial.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
            <translation>PDF (*.pdf);;Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Plantilla:</translation>
        </message>
        <message>
            <source>E-mail draft</source>
            <translation>Borrador de correo</translation>
        </message>
        <message>
            <source>E-mail (*.eml)</source>
            <translation>Correo (*.eml)</translation>
        </message>
        <message>
            <source>Open e-mail in mail app</source>
            <translation>Abrir el correo en la aplicación de correo</translation>
        </message>
        <message>
            <source>The {addresses} addresses are too many for one message link; {messages} messages will open, each to part of the list. The calendar file cannot travel in a link: use the e-mail draft (.eml) to attach it.</source>
            <translation>Las {addresses} direcciones son demasiadas para un solo enlace de mensaje; se abrirán {messages} mensajes, cada uno para una parte de la lista. El archivo de calendario no puede ir en un enlace: para adjuntarlo, usar el borrador de correo (.eml).</translation>
        </message>
        <message numerus="yes">
            <source>Opened %n message(s) in the mail app</source>
            <translation>
                <numerusform>%n mensaje abierto en la aplicación de correo</numerusform>
                <numerusform>%n mensajes abiertos en la aplicación de correo</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsCommand</name>
        <message>
            <source>write certificates of attendance (one PDF per person and one to print)</source>
            <translation>crear certificados de asistencia (un PDF por persona y uno para imprimir)</translation>
        </message>
        <message>
            <source>folder for the PDFs (made if missing)</source>
            <translation>carpeta para los PDF (se crea si no existe)</translation>
        </message>
        <message>
            <source>a series id (see list sessions --json)</source>
            <translation>un id de serie (ver list sessions --json)</translation>
        </message>
        <message>
            <source>first day (with --collaborative)</source>
            <translation>primer día (con --collaborative)</translation>
        </message>
        <message>
            <source>last day (with --collaborative)</source>
            <translation>último día (con --collaborative)</translation>
        </message>
        <message>
            <source>sessions a person must have attended (default: all held)</source>
            <translation>sesiones a las que una persona debe haber asistido (predeterminado: todas las celebradas)</translation>
        </message>
        <message>
            <source>print who got which file as JSON</source>
            <translation>mostrar como JSON qué archivo recibió cada persona</translation>
        </message>
        <message>
            <source>show or set what a collaborative's certificates print (provider, signatory, credits)</source>
            <translation>mostrar o definir lo que imprimen los certificados de un colaborativo (proveedor, firmante, créditos)</translation>
        </message>
        <message>
            <source>a PNG or JPEG of the signature</source>
            <translation>un PNG o JPEG de la firma</translation>
        </message>
        <message>
            <source>remove the signature picture</source>
            <translation>quitar la imagen de la firma</translation>
        </message>
        <message>
            <source>credits per hour attended</source>
            <translation>créditos por hora de asistencia</translation>
        </message>
        <message>
            <source>print no credits</source>
            <translation>no imprimir créditos</translation>
        </message>
        <message>
            <source>e.g. 'CE contact hours'</source>
            <translation>p. ej., 'horas de formación continuada'</translation>
        </message>
        <message>
            <source>write an issued certificate again, exactly as it was</source>
            <translation>volver a crear un certificado emitido, exactamente como era</translation>
        </message>
        <message>
            <source>the verification code on the certificate</source>
            <translation>el código de verificación del certificado</translation>
        </message>
        <message>
            <source>--from and --to go with --collaborative.</source>
            <translation>--from y --to se usan con --collaborative.</translation>
        </message>
        <message>
            <source>Wrote 1 certificate; all of them in {combined}</source>
            <translation>Se creó 1 certificado; todos ellos en {combined}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n certificates; all of them in {combined}</source>
            <translation>
                <numerusform>Se creó %n certificado; todos ellos en {combined}</numerusform>
                <numerusform>Se crearon %n certificados; todos ellos en {combined}</numerusform>
            </translation>
        </message>
        <message>
            <source>--no-credits and --credit-rate contradict each other.</source>
            <translation>--no-credits y --credit-rate se contradicen.</translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation>Se creó {file}</translation>
        </message>
        <message>
            <source>write one person's attended sessions, hours and credits (.xlsx/.pdf)</source>
            <translation>crear el historial de sesiones, horas y créditos de una persona (.xlsx/.pdf)</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>primer día</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>último día</translation>
        </message>
        <message>
            <source>Wrote {out}: 1 session, {hours} hours</source>
            <translation>Se creó {out}: 1 sesión, {hours} horas</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {out}: %n sessions, {hours} hours</source>
            <translation>
                <numerusform>Se creó {out}: %n sesión, {hours} horas</numerusform>
                <numerusform>Se creó {out}: %n sesiones, {hours} horas</numerusform>
            </translation>
        </message>
        <message>
            <source>write name badges for a session's registrants (PDF)</source>
            <translation>crear credenciales para los inscritos en una sesión (PDF)</translation>
        </message>
        <message>
            <source>4 x 3 in, 6 to a Letter page (default), or 8 to an A4 page</source>
            <translation>4 x 3 pulgadas, 6 por página Carta (predeterminado), u 8 por página A4</translation>
        </message>
        <message>
            <source>leave out the bar coloured by participant type</source>
            <translation>omitir la barra de color según el tipo de participante</translation>
        </message>
        <message>
            <source>Wrote 1 badge to {out}</source>
            <translation>Se creó 1 credencial en {out}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n badges to {out}</source>
            <translation>
                <numerusform>Se creó %n credencial en {out}</numerusform>
                <numerusform>Se crearon %n credenciales en {out}</numerusform>
            </translation>
        </message>
        <message>
            <source>write an e-mail draft (.eml) to a session's registrants, calendar file attached</source>
            <translation>crear un borrador de correo (.eml) para los inscritos en una sesión, con el archivo de calendario adjunto</translation>
        </message>
        <message>
            <source>leave out people without recorded consent</source>
            <translation>omitir a las personas sin consentimiento registrado</translation>
        </message>
        <message>
            <source>show or edit an e-mail template</source>
            <translation>mostrar o editar una plantilla de correo</translation>
        </message>
        <message>
            <source>a UTF-8 text file with the new text</source>
            <translation>un archivo de texto UTF-8 con el texto nuevo</translation>
        </message>
        <message>
            <source>go back to the default template</source>
            <translation>volver a la plantilla predeterminada</translation>
        </message>
        <message>
            <source>{name}: the draft is an e-mail file; name it .eml.</source>
            <translation>{name}: el borrador es un archivo de correo electrónico; darle la extensión .eml.</translation>
        </message>
        <message>
            <source>Wrote {out}: 1 recipient in Bcc</source>
            <translation>Se creó {out}: 1 destinatario en CCO</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {out}: %n recipients in Bcc</source>
            <translation>
                <numerusform>Se creó {out}: %n destinatario en CCO</numerusform>
                <numerusform>Se creó {out}: %n destinatarios en CCO</numerusform>
            </translation>
        </message>
        <message>
            <source>Subject: {subject}

{body}</source>
            <translation>Asunto: {subject}

{body}</translation>
        </message>
    </context>
    <context>
        <name>EditScope</name>
        <message>
            <source>Recurring session</source>
            <translation>Sesión periódica</translation>
        </message>
        <message>
            <source>Save changes to this session only, or to more of the series?</source>
            <translation>¿Guardar los cambios solo en esta sesión o en más sesiones de la serie?</translation>
        </message>
        <message>
            <source>“This and following” ends the series before this date and starts a new one from it.</source>
            <translation>«Esta y las siguientes» termina la serie antes de esta fecha y empieza una nueva a partir de ella.</translation>
        </message>
        <message>
            <source>This occurrence</source>
            <translation>Solo esta</translation>
        </message>
        <message>
            <source>This and following</source>
            <translation>Esta y las siguientes</translation>
        </message>
        <message>
            <source>Whole series</source>
            <translation>Toda la serie</translation>
        </message>
    </context>
    <context>
        <name>EmailDrafts</name>
        <message>
            <source>Use one of the templates: {kinds}.</source>
            <translation>Usar una de las plantillas: {kinds}.</translation>
        </message>
        <message>
            <source>The subject is empty.</source>
            <translation>El asunto está vacío.</translation>
        </message>
        <message>
            <source>Unknown {unknown}; use {known}.</source>
            <translation>{unknown} desconocido; usar {known}.</translation>
        </message>
        <message>
            <source>No session with id {session_id}. Run 'list sessions' to see the ids.</source>
            <translation>No hay ninguna sesión con el id {session_id}. Ejecutar «list sessions» para ver los id.</translation>
        </message>
        <message>
            <source>to be announced</source>
            <translation>por confirmar</translation>
        </message>
        <message>
            <source>Nobody with an e-mail address with consent recorded attended this session; no draft was written.</source>
            <translation>Nadie con dirección de correo electrónico y consentimiento registrado asistió a esta sesión; no se creó ningún borrador.</translation>
        </message>
        <message>
            <source>Nobody with an e-mail address attended this session; no draft was written.</source>
            <translation>Nadie con dirección de correo electrónico asistió a esta sesión; no se creó ningún borrador.</translation>
        </message>
        <message>
            <source>Nobody with an e-mail address with consent recorded is registered for this session; no draft was written.</source>
            <translation>Nadie con dirección de correo electrónico y consentimiento registrado está inscrito en esta sesión; no se creó ningún borrador.</translation>
        </message>
        <message>
            <source>Nobody with an e-mail address is registered for this session; no draft was written.</source>
            <translation>Nadie con dirección de correo electrónico está inscrito en esta sesión; no se creó ningún borrador.</translation>
        </message>
    </context>
    <context>
        <name>EmailTemplates</name>
        <message>
            <source>the session's title</source>
            <translation>el título de la sesión</translation>
        </message>
        <message>
            <source>the collaborative (or 'All collaboratives')</source>
            <translation>el colaborativo (o «Todos los colaborativos»)</translation>
        </message>
        <message>
            <source>the day, e.g. Tuesday 10 March 2026</source>
            <translation>el día, p. ej., martes, 10 de marzo de 2026</translation>
        </message>
        <message>
            <source>start and end, e.g. 12:00-13:00 (America/New_York)</source>
            <translation>inicio y fin, p. ej., 12:00-13:00 (America/New_York)</translation>
        </message>
        <message>
            <source>where it is held</source>
            <translation>dónde se celebra</translation>
        </message>
        <message>
            <source>who presents</source>
            <translation>quién presenta</translation>
        </message>
        <message>
            <source>Invitation: {title}, {date}</source>
            <translation>Invitación: {title}, {date}</translation>
        </message>
        <message>
            <source>Hello,

You are invited to {title} ({collaborative}).

When: {date}, {time}
Where: {location}
Presenters: {presenters}

The calendar invitation is attached; open it to add the session to your calendar.

With best wishes,
</source>
            <translation>Hola:

Le invitamos a {title} ({collaborative}).

Cuándo: {date}, {time}
Dónde: {location}
Presentan: {presenters}

Se adjunta la invitación de calendario; al abrirla, la sesión se añade al calendario.

Un cordial saludo,
</translation>
        </message>
        <message>
            <source>Reminder: {title}, {date}</source>
            <translation>Recordatorio: {title}, {date}</translation>
        </message>
        <message>
            <source>Hello,

A reminder that {title} ({collaborative}) is coming up.

When: {date}, {time}
Where: {location}

The calendar invitation is attached again in case you need it.

See you there,
</source>
            <translation>Hola:

Le recordamos que se acerca {title} ({collaborative}).

Cuándo: {date}, {time}
Dónde: {location}

Se adjunta de nuevo la invitación de calendario por si la necesita.

Hasta pronto,
</translation>
        </message>
        <message>
            <source>Thank you for joining {title}</source>
            <translation>Gracias por participar en {title}</translation>
        </message>
        <message>
            <source>Hello,

Thank you for taking part in {title} ({collaborative}) on {date}.

We look forward to seeing you at the next session.

With thanks,
</source>
            <translation>Hola:

Gracias por participar en {title} ({collaborative}) el {date}.

Esperamos verle en la próxima sesión.

Con agradecimiento,
</translation>
        </message>
    </context>
    <context>
        <name>EmailTemplatesDialog</name>
        <message>
            <source>E-mail templates</source>
            <translation>Plantillas de correo</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Invitación</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>Agradecimiento</translation>
        </message>
        <message>
            <source>the session's title</source>
            <translation>el título de la sesión</translation>
        </message>
        <message>
            <source>the collaborative (or 'All collaboratives')</source>
            <translation>el colaborativo (o «Todos los colaborativos»)</translation>
        </message>
        <message>
            <source>the day, e.g. Tuesday 10 March 2026</source>
            <translation>el día, p. ej., martes 10 de marzo de 2026</translation>
        </message>
        <message>
            <source>start and end, e.g. 12:00-13:00 (America/New_York)</source>
            <translation>inicio y fin, p. ej., 12:00-13:00 (America/New_York)</translation>
        </message>
        <message>
            <source>where it is held</source>
            <translation>dónde se celebra</translation>
        </message>
        <message>
            <source>who presents</source>
            <translation>quién presenta</translation>
        </message>
        <message>
            <source>Tuesday 10 March 2026</source>
            <translation>martes 10 de marzo de 2026</translation>
        </message>
        <message>
            <source>Room 1 and on Zoom</source>
            <translation>Sala 1 y por Zoom</translation>
        </message>
        <message>
            <source>Save the changes to this template?</source>
            <translation>¿Guardar los cambios de esta plantilla?</translation>
        </message>
        <message>
            <source>Placeholders</source>
            <translation>Marcadores</translation>
        </message>
        <message>
            <source>&amp;Insert in text</source>
            <translation>&amp;Insertar en el texto</translation>
        </message>
        <message>
            <source>Put the chosen placeholder where the cursor is (or double-click it)</source>
            <translation>Poner el marcador elegido donde está el cursor (o hacer doble clic en él)</translation>
        </message>
        <message>
            <source>Preview of the subject</source>
            <translation>Vista previa del asunto</translation>
        </message>
        <message>
            <source>Preview of the text</source>
            <translation>Vista previa del texto</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Asunto:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xto:</translation>
        </message>
        <message>
            <source>&amp;Placeholders, filled in for each session:</source>
            <translation>&amp;Marcadores, que se rellenan para cada sesión:</translation>
        </message>
        <message>
            <source>Preview, with example details</source>
            <translation>Vista previa, con datos de ejemplo</translation>
        </message>
        <message>
            <source>Save this template (Ctrl+S)</source>
            <translation>Guardar esta plantilla (Ctrl+S)</translation>
        </message>
        <message>
            <source>&amp;Back to the default</source>
            <translation>&amp;Volver al texto predeterminado</translation>
        </message>
        <message>
            <source>Replace the “{template}” e-mail with the default text?</source>
            <translation>¿Sustituir el correo «{template}» por el texto predeterminado?</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <source>Something went wrong. Your data is safe: every change is saved in one step, so nothing half-finished was written.

The details were saved to {path}</source>
            <translation>Algo salió mal. Sus datos están a salvo: cada cambio se guarda en un solo paso, así que no se escribió nada a medias.

Los detalles se guardaron en {path}</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
    </context>
    <context>
        <name>FileLocationWarning</name>
        <message>
            <source>This database file is at risk</source>
            <translation>Este archivo de base de datos está en riesgo</translation>
        </message>
        <message>
            <source>A team database on a PostgreSQL server lets several coordinators work on the same data safely; ask whoever looks after your servers for one.</source>
            <translation>Una base de datos de equipo en un servidor PostgreSQL permite que varios coordinadores trabajen con los mismos datos de forma segura; solicítela a quien administre los servidores.</translation>
        </message>
    </context>
    <context>
        <name>HistoryCommand</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>History of {name}</source>
            <translation>Historial de {name}</translation>
        </message>
        <message>
            <source>Changes to {name}</source>
            <translation>Cambios en {name}</translation>
        </message>
        <message>
            <source>When, who, field, old value and new value; oldest first</source>
            <translation>Cuándo, quién, campo, valor anterior y valor nuevo; primero los más antiguos</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Read the history again (F5)</source>
            <translation>Volver a leer el historial (F5)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Valor anterior</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Valor nuevo</translation>
        </message>
        <message numerus="yes">
            <source>%n changes; times in {zone}.</source>
            <translation>
                <numerusform>%n cambio; horas en {zone}.</numerusform>
                <numerusform>%n cambios; horas en {zone}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing has been recorded yet.</source>
            <translation>Todavía no se ha registrado nada.</translation>
        </message>
    </context>
    <context>
        <name>IcsExport</name>
        <message>
            <source>Collab Desktop sessions</source>
            <translation>Sesiones de Collab Desktop</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <source>No import with id {batch_id}.</source>
            <translation>No hay ninguna importación con el id {batch_id}.</translation>
        </message>
        <message>
            <source>This import cannot be undone: an email it changed now belongs to another contact.</source>
            <translation>Esta importación no se puede deshacer: un correo que cambió pertenece ahora a otro contacto.</translation>
        </message>
        <message>
            <source>Import {batch_id} ({file_name}) was already undone.</source>
            <translation>La importación {batch_id} ({file_name}) ya se deshizo.</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Deshecha</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Historial de importaciones</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtrar</translation>
        </message>
        <message>
            <source>Roster imports</source>
            <translation>Importaciones de listas de participantes</translation>
        </message>
        <message>
            <source>&amp;Undo import…</source>
            <translation>&amp;Deshacer importación…</translation>
        </message>
        <message>
            <source>Undo removes the contacts and memberships an import added and puts back the fields it changed.</source>
            <translation>Deshacer elimina los contactos y las membresías que añadió una importación y restablece los campos que cambió.</translation>
        </message>
        <message>
            <source>Undo the import of {file}? {added} added contacts will be deleted and {updated} updated rows put back as they were.</source>
            <translation>¿Deshacer la importación de {file}? Se eliminarán {added} contactos añadidos y {updated} filas actualizadas volverán a estar como antes.</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>Deshacer importación</translation>
        </message>
        <message>
            <source>{reason}.

Nothing was changed; the import was not undone.</source>
            <translation>{reason}.

No se cambió nada; la importación no se deshizo.</translation>
        </message>
    </context>
    <context>
        <name>ImportRecords</name>
        <message>
            <source>Fill empty fields only</source>
            <translation>Rellenar solo los campos vacíos</translation>
        </message>
        <message>
            <source>Overwrite with the file's values</source>
            <translation>Sobrescribir con los valores del archivo</translation>
        </message>
        <message>
            <source>Leave existing contacts as they are</source>
            <translation>Dejar los contactos existentes como están</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
            <translation>Listas de participantes (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Importar lista de participantes</translation>
        </message>
        <message>
            <source>Choose the roster file</source>
            <translation>Elegir el archivo de la lista de participantes</translation>
        </message>
        <message>
            <source>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. The header row is found automatically; change it if the preview shows the wrong row.</source>
            <translation>Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) o CSV. La fila de encabezado se detecta automáticamente; se puede cambiar si la vista previa muestra una fila equivocada.</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Ningún archivo elegido</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Hoja:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>Fila de en&amp;cabezado:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Choose the roster file to import</source>
            <translation>Elegir el archivo de la lista de participantes que importar</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Reading the file was cancelled.</source>
            <translation>Se canceló la lectura del archivo.</translation>
        </message>
        <message>
            <source>Reading the roster…</source>
            <translation>Leyendo la lista de participantes…</translation>
        </message>
        <message>
            <source>(blank)</source>
            <translation>(en blanco)</translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt; below the header. Columns: {headers}</source>
            <translation>&lt;b&gt;{rows}&lt;/b&gt; debajo del encabezado. Columnas: {headers}</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Emparejar las columnas</translation>
        </message>
        <message>
            <source>Choose the contact field each column holds. The choice is remembered for files with the same columns.</source>
            <translation>Elegir el campo de contacto que contiene cada columna. La elección se recuerda para los archivos con las mismas columnas.</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Columnas del archivo</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Valores de ejemplo</translation>
        </message>
        <message>
            <source>Contact field</source>
            <translation>Campo de contacto</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Columna {number}</translation>
        </message>
        <message>
            <source>{column} (hidden)</source>
            <translation>{column} (oculta)</translation>
        </message>
        <message>
            <source>Contact field for column {column}</source>
            <translation>Campo de contacto para la columna {column}</translation>
        </message>
        <message>
            <source>Samples: {samples}</source>
            <translation>Ejemplos: {samples}</translation>
        </message>
        <message>
            <source>Match at least one column to Email or a name field.</source>
            <translation>Hay que emparejar al menos una columna con Correo electrónico o con un campo de nombre.</translation>
        </message>
        <message>
            <source>Add them to a collaborative (optional)</source>
            <translation>Añadirlos a un colaborativo (opcional)</translation>
        </message>
        <message>
            <source>Imported people can join a collaborative with a role. A Collaborative or Role column in the file takes precedence row by row.</source>
            <translation>Las personas importadas pueden unirse a un colaborativo con un rol. Una columna Colaborativo o Rol del archivo tiene prioridad fila por fila.</translation>
        </message>
        <message>
            <source>&amp;Collaborative:</source>
            <translation>&amp;Colaborativo:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>(none: only add or update contacts)</source>
            <translation>(ninguno: solo añadir o actualizar contactos)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizardPreview</name>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Actualización</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Duplicate in file</source>
            <translation>Duplicado en el archivo</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Fill empty fields only</source>
            <translation>Rellenar solo los campos vacíos</translation>
        </message>
        <message>
            <source>Overwrite with the file's values</source>
            <translation>Sobrescribir con los valores del archivo</translation>
        </message>
        <message>
            <source>Leave existing contacts as they are</source>
            <translation>Dejar los contactos existentes como están</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué ocurre</translation>
        </message>
        <message>
            <source>Check what will happen</source>
            <translation>Comprobar lo que ocurrirá</translation>
        </message>
        <message>
            <source>Nothing is changed until you press Import. Rows with errors are skipped.</source>
            <translation>No se cambia nada hasta pulsar Importar. Las filas con errores se omiten.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Filter rows</source>
            <translation>Filtrar filas</translation>
        </message>
        <message>
            <source>Rows of the file and what happens to each</source>
            <translation>Filas del archivo y lo que ocurre con cada una</translation>
        </message>
        <message>
            <source>Existing contacts</source>
            <translation>Contactos existentes</translation>
        </message>
        <message>
            <source>&amp;Existing contacts:</source>
            <translation>Contactos &amp;existentes:</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Importar lista de participantes</translation>
        </message>
        <message>
            <source>&lt;b&gt;{new} new, {update} to update, {unchanged} unchanged, {duplicate} duplicates in the file, {errors} with errors&lt;/b&gt;</source>
            <translation>&lt;b&gt;{new} nuevos, {update} por actualizar, {unchanged} sin cambios, {duplicate} duplicados en el archivo, {errors} con errores&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Importing the roster…</source>
            <translation>Importando la lista de participantes…</translation>
        </message>
        <message>
            <source>&lt;b&gt;The import was cancelled; nothing was changed.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Se canceló la importación; no se cambió nada.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Save &amp;errors as Excel…</source>
            <translation>Guardar los &amp;errores como Excel…</translation>
        </message>
        <message>
            <source>Import undone</source>
            <translation>Importación deshecha</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;The import was undone.&lt;/b&gt; The {added} contacts and the memberships it added are removed; the {updated} contacts it updated are as they were.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Se deshizo la importación.&lt;/b&gt; Se eliminaron los {added} contactos y las membresías que añadió; los {updated} contactos que actualizó están como antes.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z imports the same rows again.</source>
            <translation>Ctrl+Mayús+Z vuelve a importar las mismas filas.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; rows with errors</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; fila con errores</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; filas con errores</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;{added}&lt;/b&gt; added, &lt;b&gt;{updated}&lt;/b&gt; updated, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, &lt;b&gt;{duplicates}&lt;/b&gt; duplicates skipped, {with_errors}.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{added}&lt;/b&gt; añadidos, &lt;b&gt;{updated}&lt;/b&gt; actualizados, &lt;b&gt;{unchanged}&lt;/b&gt; sin cambios, &lt;b&gt;{duplicates}&lt;/b&gt; duplicados omitidos, {with_errors}.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Row {row}: {message}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Fila {row}: {message}&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;… and %n more.&lt;/p&gt;</source>
            <translation>
                <numerusform>&lt;p&gt;… y %n más.&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;… y %n más.&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Ctrl+Z undoes the whole import; later, so do Edit &gt; Undo and File &gt; Import history.</source>
            <translation>Ctrl+Z deshace toda la importación; más adelante, también Editar &gt; Deshacer y Archivo &gt; Historial de importaciones.</translation>
        </message>
        <message>
            <source>{name} - errors.xlsx</source>
            <translation>{name} - errores.xlsx</translation>
        </message>
        <message>
            <source>Save errors as Excel</source>
            <translation>Guardar los errores como Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Save errors</source>
            <translation>Guardar errores</translation>
        </message>
        <message>
            <source>{path} could not be written: {error}.</source>
            <translation>No se pudo escribir {path}: {error}.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n rows to {path}. Fix them and import that file again.</source>
            <translation>
                <numerusform>%n fila guardada en {path}. Corregirla e importar ese archivo de nuevo.</numerusform>
                <numerusform>%n filas guardadas en {path}. Corregirlas e importar ese archivo de nuevo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message>
            <source>Use File &gt; Restore from backup... to go back to the most recent backup made before the problem, and keep a copy of this file for whoever supports you.</source>
            <translation>Usar Archivo &gt; Restaurar desde copia de seguridad... para volver a la copia más reciente anterior al problema, y conservar una copia de este archivo para quien le preste soporte.</translation>
        </message>
        <message>
            <source>{records} points to a {parent} that no longer exists.</source>
            <translation>{records} apunta a un registro ({parent}) que ya no existe.</translation>
        </message>
        <message>
            <source>{records} point to a {parent} that no longer exists.</source>
            <translation>{records} apuntan a un registro ({parent}) que ya no existe.</translation>
        </message>
        <message numerus="yes">
            <source>{email} is held by %n contacts.</source>
            <translation>
                <numerusform>{email} está en %n contacto.</numerusform>
                <numerusform>{email} está en %n contactos.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 broken link</source>
            <translation>1 vínculo roto</translation>
        </message>
        <message numerus="yes">
            <source>%n broken links</source>
            <translation>
                <numerusform>%n vínculo roto</numerusform>
                <numerusform>%n vínculos rotos</numerusform>
            </translation>
        </message>
        <message>
            <source>1 duplicate e-mail address</source>
            <translation>1 dirección de correo duplicada</translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate e-mail addresses</source>
            <translation>
                <numerusform>%n dirección de correo duplicada</numerusform>
                <numerusform>%n direcciones de correo duplicadas</numerusform>
            </translation>
        </message>
        <message>
            <source>The team database has {broken} and {duplicates}. Ask the server's administrator to restore the most recent sound backup, and keep this report for them.</source>
            <translation>La base de datos del equipo tiene {broken} y {duplicates}. Pedir al administrador del servidor que restaure la copia de seguridad sana más reciente y conservar este informe para él.</translation>
        </message>
        <message>
            <source>The database file is damaged and could not be checked completely. {advice}</source>
            <translation>El archivo de la base de datos está dañado y no se pudo revisar por completo. {advice}</translation>
        </message>
        <message>
            <source>The database file is damaged: SQLite found 1 problem in its structure. {advice}</source>
            <translation>El archivo de la base de datos está dañado: SQLite encontró 1 problema en su estructura. {advice}</translation>
        </message>
        <message numerus="yes">
            <source>The database file is damaged: SQLite found %n problems in its structure. {advice}</source>
            <translation>
                <numerusform>El archivo de la base de datos está dañado: SQLite encontró %n problema en su estructura. {advice}</numerusform>
                <numerusform>El archivo de la base de datos está dañado: SQLite encontró %n problemas en su estructura. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>The file itself is sound, but 1 record points to records that no longer exist. {advice}</source>
            <translation>El archivo en sí está sano, pero 1 registro apunta a registros que ya no existen. {advice}</translation>
        </message>
        <message numerus="yes">
            <source>The file itself is sound, but %n records point to records that no longer exist. {advice}</source>
            <translation>
                <numerusform>El archivo en sí está sano, pero %n registro apunta a registros que ya no existen. {advice}</numerusform>
                <numerusform>El archivo en sí está sano, pero %n registros apuntan a registros que ya no existen. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>The file itself is sound, but 1 e-mail address belong to more than one contact, which the database should have refused (a damaged index). {advice}</source>
            <translation>El archivo en sí está sano, pero 1 dirección de correo pertenece a más de un contacto, algo que la base de datos debería haber rechazado (un índice dañado). {advice}</translation>
        </message>
        <message numerus="yes">
            <source>The file itself is sound, but %n e-mail addresses belong to more than one contact, which the database should have refused (a damaged index). {advice}</source>
            <translation>
                <numerusform>El archivo en sí está sano, pero %n dirección de correo pertenece a más de un contacto, algo que la base de datos debería haber rechazado (un índice dañado). {advice}</numerusform>
                <numerusform>El archivo en sí está sano, pero %n direcciones de correo pertenecen a más de un contacto, algo que la base de datos debería haber rechazado (un índice dañado). {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>The database is healthy: its structure is intact and every link between records points to a record that exists ({collaboratives}, {contacts}, {sessions} checked).</source>
            <translation>La base de datos está sana: su estructura está intacta y cada vínculo entre registros apunta a un registro que existe (revisados {collaboratives}, {contacts}, {sessions}).</translation>
        </message>
        <message>
            <source>1 collaborative</source>
            <translation>1 colaborativo</translation>
        </message>
        <message>
            <source>{count} collaboratives</source>
            <translation>{count} colaborativos</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contacto</translation>
        </message>
        <message>
            <source>{count} contacts</source>
            <translation>{count} contactos</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
    </context>
    <context>
        <name>KeptForms</name>
        <message>
            <source>Kept unsaved work</source>
            <translation>Trabajo sin guardar conservado</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the kept work into the forms</source>
            <translation>Restaurar el trabajo conservado en los formularios</translation>
        </message>
        <message>
            <source>Put the kept values back into the forms and the session editor, to check and save</source>
            <translation>Devolver los valores conservados a los formularios y al editor de sesiones, para revisarlos y guardarlos</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Discard the kept work</source>
            <translation>Descartar el trabajo conservado</translation>
        </message>
        <message>
            <source>Throw the kept values away</source>
            <translation>Desechar los valores conservados</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
        <message>
            <source>Decide about the kept work later</source>
            <translation>Decidir más tarde qué hacer con el trabajo conservado</translation>
        </message>
        <message>
            <source>Hide this bar; the work stays kept and is offered next time</source>
            <translation>Ocultar esta barra; el trabajo sigue conservado y se ofrecerá la próxima vez</translation>
        </message>
        <message>
            <source>The unsaved work could not be kept on this computer: {why}</source>
            <translation>No se pudo conservar el trabajo sin guardar en este equipo: {why}</translation>
        </message>
        <message numerus="yes">
            <source>Restored %n forms: check them, then save.</source>
            <translation>
                <numerusform>Se restauró %n formulario: revisarlo y después guardarlo.</numerusform>
                <numerusform>Se restauraron %n formularios: revisarlos y después guardarlos.</numerusform>
            </translation>
        </message>
        <message>
            <source>The session {title} was deleted meanwhile: the session editor shows the kept values as a new session. Check them, then save.</source>
            <translation>La sesión {title} se eliminó mientras tanto: el editor de sesiones muestra los valores conservados como una sesión nueva. Revisarlos y después guardar.</translation>
        </message>
        <message>
            <source>Session editor</source>
            <translation>Editor de sesiones</translation>
        </message>
        <message>
            <source>The session editor closed without saving: its work is kept again (Restore or Discard it in the bar).</source>
            <translation>El editor de sesiones se cerró sin guardar: su trabajo se conserva de nuevo (Restaurar o Descartar en la barra).</translation>
        </message>
        <message>
            <source>Discard kept work</source>
            <translation>Descartar el trabajo conservado</translation>
        </message>
        <message>
            <source>Throw away the kept unsaved work? This cannot be undone.</source>
            <translation>¿Desechar el trabajo sin guardar conservado? No se puede deshacer.</translation>
        </message>
        <message>
            <source>Unsaved work from {when} was kept: {what}.</source>
            <translation>Se conservó el trabajo sin guardar de {when}: {what}.</translation>
        </message>
    </context>
    <context>
        <name>KeptWork</name>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellidos</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>organización</translation>
        </message>
        <message>
            <source>department</source>
            <translation>departamento</translation>
        </message>
        <message>
            <source>job title</source>
            <translation>cargo</translation>
        </message>
        <message>
            <source>participant type</source>
            <translation>tipo de participante</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>consent</source>
            <translation>consentimiento</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>short name</source>
            <translation>nombre corto</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>focus</source>
            <translation>enfoque</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>fecha de inicio</translation>
        </message>
        <message>
            <source>sponsor</source>
            <translation>patrocinador</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>color</translation>
        </message>
        <message>
            <source>collaborative</source>
            <translation>colaborativo</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>presenters</source>
            <translation>ponentes</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>aforo</translation>
        </message>
        <message>
            <source>open to</source>
            <translation>abierta a</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>series</source>
            <translation>serie</translation>
        </message>
        <message>
            <source>follow-up</source>
            <translation>seguimiento</translation>
        </message>
        <message>
            <source>recurrence</source>
            <translation>repetición</translation>
        </message>
        <message>
            <source>follow-up session</source>
            <translation>sesión de seguimiento</translation>
        </message>
        <message>
            <source>contact {name} ({fields})</source>
            <translation>contacto {name} ({fields})</translation>
        </message>
        <message>
            <source>collaborative {name} ({fields})</source>
            <translation>colaborativo {name} ({fields})</translation>
        </message>
        <message>
            <source>session editor: new session {name} ({fields})</source>
            <translation>editor de sesiones: nueva sesión {name} ({fields})</translation>
        </message>
        <message>
            <source>session editor: {name} ({fields})</source>
            <translation>editor de sesiones: {name} ({fields})</translation>
        </message>
        <message>
            <source>session {name} ({fields})</source>
            <translation>sesión {name} ({fields})</translation>
        </message>
        <message>
            <source>new {what}</source>
            <translation>alta de {what}</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Show the window in {language} (after a restart)</source>
            <translation>Mostrar la ventana en {language} (tras reiniciar)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The window will be in {language} the next time it opens. Restart now?</source>
            <translation>La ventana estará en {language} la próxima vez que se abra. ¿Reiniciar ahora?</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>&amp;Reiniciar ahora</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
    </context>
    <context>
        <name>LanguageOption</name>
        <message>
            <source>unknown language {code!r}; choose one of: {codes}</source>
            <translation>idioma desconocido {code!r}; elija uno de: {codes}</translation>
        </message>
        <message>
            <source>language of the window and the messages: {codes} (default: the window's saved choice, else the system's language when it is one of these, else English)</source>
            <translation>idioma de la ventana y de los mensajes: {codes} (por defecto: la elección guardada en la ventana; si no, el idioma del sistema cuando es uno de estos; si no, inglés)</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <source>edit membership of {name}</source>
            <translation>editar la membresía de {name}</translation>
        </message>
        <message>
            <source>register {who} for the series {series_title}</source>
            <translation>inscribir a {who} en la serie {series_title}</translation>
        </message>
        <message>
            <source>import attendance for {value}</source>
            <translation>importar la asistencia de {value}</translation>
        </message>
        <message>
            <source>read attendance for {value}</source>
            <translation>leer la asistencia de {value}</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>list collaboratives, contacts, sessions, a session's attendance, or members at risk of drifting away</source>
            <translation>enumerar colaborativos, contactos, sesiones, la asistencia a una sesión o los miembros en riesgo de alejarse</translation>
        </message>
        <message>
            <source>session id (for attendance)</source>
            <translation>id de la sesión (para la asistencia)</translation>
        </message>
        <message>
            <source>only this collaborative</source>
            <translation>solo este colaborativo</translation>
        </message>
        <message>
            <source>at-risk: members whose last N sessions (registered, over) were all missed (default 3)</source>
            <translation>at-risk: miembros que faltaron a todas sus últimas N sesiones (inscritas, ya celebradas) (predeterminado: 3)</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>mostrar JSON en lugar de una tabla</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>members</source>
            <translation>miembros</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>organización</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>collaborative</source>
            <translation>colaborativo</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>location</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>list attendance needs --session ID (run 'list sessions' to see the ids).</source>
            <translation>list attendance necesita --session ID (ejecutar «list sessions» para ver los id).</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>faltas</translation>
        </message>
        <message>
            <source>last attended</source>
            <translation>última asistencia</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
    </context>
    <context>
        <name>LiveRefresh</name>
        <message>
            <source>Live updates paused</source>
            <translation>Actualizaciones en directo en pausa</translation>
        </message>
        <message>
            <source>The server cannot be reached; the lists catch up by themselves once it is back</source>
            <translation>No se puede contactar con el servidor; las listas se pondrán al día solas cuando vuelva</translation>
        </message>
        <message>
            <source>Lost touch with the server: others' changes show again once it is back.</source>
            <translation>Se perdió el contacto con el servidor: los cambios de los demás volverán a mostrarse cuando vuelva.</translation>
        </message>
        <message>
            <source>Back in touch with the server: showing the latest.</source>
            <translation>De nuevo en contacto con el servidor: se muestra lo más reciente.</translation>
        </message>
    </context>
    <context>
        <name>LoadingPage</name>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
    </context>
    <context>
        <name>LocalCopy</name>
        <message>
            <source>{dest} is open in a Collab Desktop window ({holder}); choose another file name.</source>
            <translation>{dest} está abierto en una ventana de Collab Desktop ({holder}); elegir otro nombre de archivo.</translation>
        </message>
        <message>
            <source>Save a local copy</source>
            <translation>Guardar una copia local</translation>
        </message>
        <message>
            <source>Save a &amp;local copy…</source>
            <translation>Guardar una copia &amp;local…</translation>
        </message>
        <message>
            <source>Save the whole database, as it is now, to a database file on this computer</source>
            <translation>Guardar toda la base de datos, tal como está ahora, en un archivo de base de datos en este equipo</translation>
        </message>
        <message>
            <source>Collab Desktop database (*.sqlite);;All files (*)</source>
            <translation>Base de datos de Collab Desktop (*.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The local copy was not saved.</source>
            <translation>No se guardó la copia local.</translation>
        </message>
        <message>
            <source>Saving a local copy of {database}…</source>
            <translation>Guardando una copia local de {database}…</translation>
        </message>
        <message>
            <source>Saved a local copy to {path}</source>
            <translation>Copia local guardada en {path}</translation>
        </message>
        <message>
            <source>Saved a local copy to
{path}
({counts}).</source>
            <translation>Copia local guardada en
{path}
({counts}).</translation>
        </message>
        <message>
            <source>It is an ordinary database file: open it with File &gt; Open database…, or start Collab Desktop with it, to work on it apart from this database.</source>
            <translation>Es un archivo de base de datos normal: para trabajar en él aparte de esta base de datos, abrirlo con Archivo &gt; Abrir base de datos… o iniciar Collab Desktop con él.</translation>
        </message>
    </context>
    <context>
        <name>LocaleFormat</name>
        <message>
            <source>dddd dd MMMM yyyy</source>
            <comment>QDate format: weekday and date</comment>
            <translation>dddd d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <comment>QDate format: date</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>QDate format: month and year</comment>
            <translation>MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>{value}%</source>
            <translation>{value} %</translation>
        </message>
    </context>
    <context>
        <name>Location</name>
        <message>
            <source>{scheme}:// databases are not supported; give a database file or a postgresql://user@host:5432/dbname URL.</source>
            <translation>Las bases de datos {scheme}:// no son compatibles; indicar un archivo de base de datos o una URL postgresql://usuario@servidor:5432/nombrebd.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Co&amp;llaboratives</source>
            <translation>Co&amp;laborativos</translation>
        </message>
        <message>
            <source>C&amp;ontacts</source>
            <translation>C&amp;ontactos</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sesiones</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Informes</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Opening {place}…</source>
            <translation>Abriendo {place}…</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; is kept on this computer in one SQLite database file:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Sus datos&lt;/b&gt; se guardan en este equipo, en un archivo de base de datos SQLite:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; is kept in a team database on a {kind} server, shared with the other coordinators who open it:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Sus datos&lt;/b&gt; se guardan en una base de datos de equipo en un servidor {kind}, compartida con los demás coordinadores que la abren:&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Collaboratives, contacts, session calendars, rosters and attendance for the coordinators of learning collaboratives.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Colaborativos, contactos, calendarios de sesiones, listas de participantes y asistencia para los coordinadores de colaborativos de aprendizaje.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;It holds contact details, memberships, sessions and attendance. It is not meant for health information: do not record diagnoses, treatment or other clinical details.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Contiene datos de contacto, membresías, sesiones y asistencia. No está pensada para información de salud: no registre diagnósticos, tratamientos ni otros datos clínicos.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Collab Desktop database (*.sqlite *.db);;All files (*)</source>
            <translation>Base de datos de Collab Desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{name} (read-only) — {app} {version}</source>
            <translation>{name} (solo lectura) — {app} {version}</translation>
        </message>
        <message>
            <source>{name} — {app} {version}</source>
            <translation>{name} — {app} {version}</translation>
        </message>
        <message>
            <source>{kind} · {place} (read-only)</source>
            <translation>{kind} · {place} (solo lectura)</translation>
        </message>
        <message>
            <source>{kind} · {place}</source>
            <translation>{kind} · {place}</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <source>Opened {name}</source>
            <translation>Se abrió {name}</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <source>{path} already exists. Choose a new file name, or use Open database.</source>
            <translation>{path} ya existe. Elija otro nombre de archivo o use Abrir base de datos.</translation>
        </message>
        <message>
            <source>(no other databases yet)</source>
            <translation>(aún no hay otras bases de datos)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <source>Start an empty database file</source>
            <translation>Crear un archivo de base de datos vacío</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Abrir otro archivo de base de datos</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Export only contacts with &amp;consent</source>
            <translation>Exportar solo contactos con &amp;consentimiento</translation>
        </message>
        <message>
            <source>Rosters and sign-up sheets leave out people without recorded consent</source>
            <translation>Las listas de participantes y las hojas de inscripción omiten a las personas sin consentimiento registrado</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Acerca de {app}</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Nuevo registro</translation>
        </message>
        <message>
            <source>Create a new record in this tab</source>
            <translation>Crear un registro nuevo en esta pestaña</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save the form</source>
            <translation>Guardar el formulario</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected records</source>
            <translation>Eliminar los registros seleccionados</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Search this tab</source>
            <translation>Buscar en esta pestaña</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Historial…</translation>
        </message>
        <message>
            <source>Who changed what in the selected record, and when</source>
            <translation>Quién cambió qué en el registro seleccionado, y cuándo</translation>
        </message>
        <message>
            <source>Choose a record first to see its history.</source>
            <translation>Elegir primero un registro para ver su historial.</translation>
        </message>
    </context>
    <context>
        <name>MeetingAttendance</name>
        <message>
            <source>Choose one of the contacts with this name.</source>
            <translation>Elegir uno de los contactos con este nombre.</translation>
        </message>
        <message>
            <source>--min-share must be above 0 and at most 1.</source>
            <translation>--min-share debe ser mayor que 0 y como máximo 1.</translation>
        </message>
        <message>
            <source>--min-minutes cannot be negative.</source>
            <translation>--min-minutes no puede ser negativo.</translation>
        </message>
        <message>
            <source>{name} lists nobody who joined the meeting.</source>
            <translation>{name} no incluye a nadie que se uniera a la reunión.</translation>
        </message>
        <message>
            <source>{name} is a report of a meeting on {start:%Y-%m-%d}, but session {session_id} is on {start2:%Y-%m-%d}; is it the right file? (--force reads it anyway)</source>
            <translation>{name} es el informe de una reunión del {start:%Y-%m-%d}, pero la sesión {session_id} es el {start2:%Y-%m-%d}; ¿es el archivo correcto? (--force lo lee de todos modos)</translation>
        </message>
    </context>
    <context>
        <name>MeetingPreviewDialog</name>
        <message>
            <source>Name in the report</source>
            <translation>Nombre en el informe</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Will be</source>
            <translation>Quedará</translation>
        </message>
        <message>
            <source>Several contacts have this name: choose which one this was, or leave them out.</source>
            <translation>Varios contactos tienen este nombre: elegir cuál era o dejarlo fuera.</translation>
        </message>
        <message>
            <source>Choose which contact…</source>
            <translation>Elegir qué contacto…</translation>
        </message>
        <message>
            <source>not matched: add as a new contact</source>
            <translation>sin coincidencia: añadir como contacto nuevo</translation>
        </message>
        <message>
            <source>not matched</source>
            <translation>sin coincidencia</translation>
        </message>
        <message>
            <source>new contact, attended (walk-in)</source>
            <translation>contacto nuevo, asistió (sin inscripción)</translation>
        </message>
        <message>
            <source>left out (below the minimum)</source>
            <translation>fuera (por debajo del mínimo)</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>fuera</translation>
        </message>
        <message>
            <source>left out until a contact is chosen</source>
            <translation>fuera hasta que se elija un contacto</translation>
        </message>
        <message>
            <source>unregistered</source>
            <translation>sin inscripción</translation>
        </message>
        <message>
            <source>stays {status} (below the minimum)</source>
            <translation>sigue como {status} (por debajo del mínimo)</translation>
        </message>
        <message>
            <source>attended (walk-in)</source>
            <translation>asistió (sin inscripción)</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>asistió</translation>
        </message>
        <message>
            <source>Read attendance — {file}</source>
            <translation>Leer asistencia — {file}</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Time in the meeting (joins added up) to count as attended</source>
            <translation>Tiempo en la reunión (sumando las conexiones) para contar como asistencia</translation>
        </message>
        <message>
            <source>Count as attended from</source>
            <translation>Contar como asistencia a partir de</translation>
        </message>
        <message>
            <source>People in the meeting report</source>
            <translation>Personas del informe de la reunión</translation>
        </message>
        <message>
            <source>Registered people below the minimum or missing from the report keep their status: nobody is marked absent. Tick an unknown person to add them as a new contact.</source>
            <translation>Las personas inscritas por debajo del mínimo o ausentes del informe conservan su estado: nadie se marca como ausente. Al marcar a una persona desconocida se añade como contacto nuevo.</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <source>Which contact is {name}</source>
            <translation>Qué contacto es {name}</translation>
        </message>
        <message>
            <source>Choose which contact… (or leave out)</source>
            <translation>Elegir qué contacto… (o dejar fuera)</translation>
        </message>
        <message>
            <source>not registered</source>
            <translation>sin inscripción</translation>
        </message>
        <message numerus="yes">
            <source>%n walk-ins</source>
            <translation>
                <numerusform>%n sin inscripción</numerusform>
                <numerusform>%n sin inscripción</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{session}&lt;/b&gt; · {source} report · counted as attended from {minutes} minutes in the meeting&lt;br&gt;{attended} attended ({walk_ins}), {below} below the minimum, {unmatched} not matched</source>
            <translation>&lt;b&gt;{session}&lt;/b&gt; · informe de {source} · cuenta como asistencia a partir de {minutes} minutos en la reunión&lt;br&gt;{attended} asistieron ({walk_ins}), {below} por debajo del mínimo, {unmatched} sin coincidencia</translation>
        </message>
        <message>
            <source>, &lt;b&gt;{count} to choose&lt;/b&gt; (several contacts share the name)</source>
            <translation>, &lt;b&gt;{count} por elegir&lt;/b&gt; (varios contactos comparten el nombre)</translation>
        </message>
    </context>
    <context>
        <name>MeetingReport</name>
        <message>
            <source>Cannot read the time {text!r}.</source>
            <translation>No se puede leer la hora {text!r}.</translation>
        </message>
        <message>
            <source>Cannot read the duration {text!r}.</source>
            <translation>No se puede leer la duración {text!r}.</translation>
        </message>
        <message>
            <source>No such file: {path}</source>
            <translation>No existe el archivo: {path}</translation>
        </message>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} está vacío.</translation>
        </message>
        <message>
            <source>{name} is far too large to be an attendance report.</source>
            <translation>{name} es demasiado grande para ser un informe de asistencia.</translation>
        </message>
        <message>
            <source>{name} is not a Zoom participant report, a Teams attendance report or a Collab Desktop sign-up sheet.</source>
            <translation>{name} no es un informe de participantes de Zoom, ni un informe de asistencia de Teams, ni una hoja de inscripción de Collab Desktop.</translation>
        </message>
        <message>
            <source>{name} is not a text report we can read.</source>
            <translation>{name} no es un informe de texto que se pueda leer.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a text report.</source>
            <translation>{name} está dañado o no es un informe de texto.</translation>
        </message>
        <message>
            <source>{name} is far too large to be a report.</source>
            <translation>{name} es demasiado grande para ser un informe.</translation>
        </message>
        <message>
            <source>{name} is damaged or not an .xlsx workbook.</source>
            <translation>{name} está dañado o no es un libro .xlsx.</translation>
        </message>
        <message>
            <source>{name}: the Teams report has no participants.</source>
            <translation>{name}: el informe de Teams no tiene participantes.</translation>
        </message>
        <message>
            <source>{name}: the participants' table lacks its name or time columns.</source>
            <translation>{name}: a la tabla de participantes le faltan las columnas de nombre u hora.</translation>
        </message>
    </context>
    <context>
        <name>MembersChart</name>
        <message>
            <source>Members by participant type</source>
            <translation>Miembros por tipo de participante</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivos</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>{type}: {count} active of {total}</source>
            <translation>{type}: {count} activos de {total}</translation>
        </message>
        <message>
            <source>{type}: {count} inactive of {total}</source>
            <translation>{type}: {count} inactivos de {total}</translation>
        </message>
    </context>
    <context>
        <name>MembershipDialog</name>
        <message>
            <source>Edit membership</source>
            <translation>Editar membresía</translation>
        </message>
        <message>
            <source>Add to collaborative</source>
            <translation>Añadir a un colaborativo</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>Conocida</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Active member</source>
            <translation>Miembro activo</translation>
        </message>
        <message>
            <source>{problem}. Their version is saved; the editor opens again with your choices, to save them over it or cancel.</source>
            <translation>{problem}. Su versión está guardada; el editor se vuelve a abrir con las opciones elegidas, para guardarlas encima o cancelar.</translation>
        </message>
    </context>
    <context>
        <name>MembershipRemoval</name>
        <message>
            <source>{done} Ctrl+Z undoes this.</source>
            <translation>{done} Ctrl+Z lo deshace.</translation>
        </message>
    </context>
    <context>
        <name>Memberships</name>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>No contact with id {contact_id}.</source>
            <translation>No hay ningún contacto con el id {contact_id}.</translation>
        </message>
        <message>
            <source>This contact is already a member of {name}.</source>
            <translation>Este contacto ya es miembro de {name}.</translation>
        </message>
        <message>
            <source>No membership with id {membership_id}.</source>
            <translation>No hay ninguna membresía con el id {membership_id}.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>Changed by {who}</source>
            <translation>Modificado por {who}</translation>
        </message>
        <message>
            <source>{what} was changed by {who}{when} while you were editing it. Choose, for each field, which value to keep; then Save merge saves the result.</source>
            <translation>Durante la edición, {who} modificó {what}{when}. Elegir, para cada campo, qué valor conservar; después, «Guardar combinación» guarda el resultado.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Lo mío</translation>
        </message>
        <message>
            <source>Theirs ({who})</source>
            <translation>Lo suyo ({who})</translation>
        </message>
        <message>
            <source>{field} (changed by both)</source>
            <translation>{field} (cambios en ambas versiones)</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>lo mío</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>lo suyo</translation>
        </message>
        <message>
            <source>Fields to choose</source>
            <translation>Campos por elegir</translation>
        </message>
        <message>
            <source>Your other changes are kept: {fields}.</source>
            <translation>Se conservan los demás cambios propios: {fields}.</translation>
        </message>
        <message>
            <source>Keep all &amp;mine</source>
            <translation>Conservar todo lo &amp;mío</translation>
        </message>
        <message>
            <source>Keep all mine</source>
            <translation>Conservar todo lo mío</translation>
        </message>
        <message>
            <source>Choose your value in every field</source>
            <translation>Elegir en todos los campos el valor propio</translation>
        </message>
        <message>
            <source>Take all &amp;theirs</source>
            <translation>&amp;Tomar todo lo suyo</translation>
        </message>
        <message>
            <source>Take all theirs</source>
            <translation>Tomar todo lo suyo</translation>
        </message>
        <message>
            <source>Choose their value in every field</source>
            <translation>Elegir en todos los campos el valor de la otra persona</translation>
        </message>
        <message>
            <source>Save merge</source>
            <translation>Guardar combinación</translation>
        </message>
        <message>
            <source>Cancel (keep editing)</source>
            <translation>Cancelar (seguir editando)</translation>
        </message>
        <message>
            <source>Cancel, keep editing</source>
            <translation>Cancelar y seguir editando</translation>
        </message>
    </context>
    <context>
        <name>Migrate</name>
        <message>
            <source>{path} is a folder. Give the path of a database file.</source>
            <translation>{path} es una carpeta. Indicar la ruta de un archivo de base de datos.</translation>
        </message>
        <message>
            <source>{path} is not a Collab Desktop database (it is not an SQLite file). Choose a database file made by Collab Desktop, or a new file name to start a new one.</source>
            <translation>{path} no es una base de datos de Collab Desktop (no es un archivo SQLite). Elegir un archivo de base de datos creado por Collab Desktop, o un nombre de archivo nuevo para empezar una nueva.</translation>
        </message>
        <message>
            <source>Collab Desktop {release} or later</source>
            <translation>Collab Desktop {release} o posterior</translation>
        </message>
        <message>
            <source>the newer release</source>
            <translation>la versión más reciente</translation>
        </message>
        <message>
            <source>{value} was written by a newer release of Collab Desktop (schema {rev}); this is {version}. Install {needs} to open it; this one will not change it.</source>
            <translation>{value} se escribió con una versión más reciente de Collab Desktop (esquema {rev}); esta es la {version}. Instalar {needs} para abrirla; esta versión no la modificará.</translation>
        </message>
        <message>
            <source>The upgrade would break {count_problems} links between records; nothing was changed.</source>
            <translation>La actualización rompería {count_problems} vínculos entre registros; no se cambió nada.</translation>
        </message>
        <message>
            <source>Upgrading {value} failed ({exc}); the database was left as it was.</source>
            <translation>Falló la actualización de {value} ({exc}); la base de datos se dejó como estaba.</translation>
        </message>
        <message>
            <source>{database} holds tables that are not Collab Desktop's. Choose an empty database or one made by Collab Desktop.</source>
            <translation>{database} contiene tablas que no son de Collab Desktop. Elegir una base de datos vacía o una creada por Collab Desktop.</translation>
        </message>
        <message>
            <source>{value} has the schema of an older release (schema {rev}; this release uses {head}). Upgrade it on purpose, once, with `collab-desktop --db URL upgrade-db` (every workstation then needs this release).</source>
            <translation>{value} tiene el esquema de una versión anterior (esquema {rev}; esta versión usa {head}). Actualizarla expresamente, una sola vez, con `collab-desktop --db URL upgrade-db` (después, todos los puestos necesitan esta versión).</translation>
        </message>
        <message>
            <source>Upgrading {value} failed ({value2}); the database was left as it was.</source>
            <translation>Falló la actualización de {value} ({value2}); la base de datos se dejó como estaba.</translation>
        </message>
    </context>
    <context>
        <name>MixChart</name>
        <message>
            <source>Attendees</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <source>{title} ({day})</source>
            <translation>{title} ({day})</translation>
        </message>
        <message>
            <source>{period}: 1 session</source>
            <translation>{period}: 1 sesión</translation>
        </message>
        <message numerus="yes">
            <source>{period}: %n sessions</source>
            <translation>
                <numerusform>{period}: %n sesión</numerusform>
                <numerusform>{period}: %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{type}: {count} of {attended} attendees ({rate})</source>
            <translation>{type}: {count} de {attended} asistentes ({rate})</translation>
        </message>
        <message>
            <source>patient and family partners: {count} ({rate})</source>
            <translation>pacientes y familiares colaboradores: {count} ({rate})</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Offline copy notice</source>
            <translation>Aviso de copia sin conexión</translation>
        </message>
        <message>
            <source>&amp;Reconnect</source>
            <translation>&amp;Reconectar</translation>
        </message>
        <message>
            <source>Reconnect to the team database</source>
            <translation>Reconectar con la base de datos del equipo</translation>
        </message>
        <message>
            <source>Try the team database again and show its data (Ctrl+F5)</source>
            <translation>Volver a probar la base de datos del equipo y mostrar sus datos (Ctrl+F5)</translation>
        </message>
    </context>
    <context>
        <name>OfflineCopy</name>
        <message>
            <source>Refresh the o&amp;ffline copy now</source>
            <translation>Actuali&amp;zar ahora la copia sin conexión</translation>
        </message>
        <message>
            <source>Copy the team database to this computer now, to use when the server cannot be reached</source>
            <translation>Copiar ahora la base de datos del equipo a este equipo, para usarla cuando no se pueda contactar con el servidor</translation>
        </message>
        <message>
            <source>&amp;Reconnect to the team database</source>
            <translation>Reconectar con la base de datos del e&amp;quipo</translation>
        </message>
        <message>
            <source>Leave the offline copy and open the team database again</source>
            <translation>Salir de la copia sin conexión y volver a abrir la base de datos del equipo</translation>
        </message>
        <message>
            <source>Offline copy</source>
            <translation>Copia sin conexión</translation>
        </message>
        <message>
            <source>Refreshing the offline copy…</source>
            <translation>Actualizando la copia sin conexión…</translation>
        </message>
        <message>
            <source>The offline copy is up to date.</source>
            <translation>La copia sin conexión está al día.</translation>
        </message>
        <message>
            <source>The offline copy could not be refreshed; the last one is kept.</source>
            <translation>No se pudo actualizar la copia sin conexión; se conserva la última.</translation>
        </message>
        <message>
            <source>No offline copy yet</source>
            <translation>Todavía no hay copia sin conexión</translation>
        </message>
        <message>
            <source>Offline copy: {size}, {age}</source>
            <translation>Copia sin conexión: {size}, {age}</translation>
        </message>
        <message>
            <source>Taken {when}
{path}</source>
            <translation>Tomada el {when}
{path}</translation>
        </message>
        <message>
            <source>The team database cannot be reached, so this is the offline copy of {source}, taken {when} ({age}). It is read-only: sign-up sheets, rosters, the calendar and reports work; changes wait until the team database is back.</source>
            <translation>No se puede contactar con la base de datos del equipo, así que esta es la copia sin conexión de {source}, tomada el {when} ({age}). Es de solo lectura: las hojas de inscripción, las listas de participantes, el calendario y los informes funcionan; los cambios esperan hasta que vuelva la base de datos del equipo.</translation>
        </message>
        <message>
            <source>The team database can be reached again. Reconnect to work on it and to read in the attendance marked on paper meanwhile.</source>
            <translation>Se puede volver a contactar con la base de datos del equipo. Reconectar para trabajar en ella y cargar la asistencia marcada en papel mientras tanto.</translation>
        </message>
        <message>
            <source>The team database is back.</source>
            <translation>La base de datos del equipo ha vuelto.</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>{message} Try again once the server is back.</source>
            <translation>{message} Vuelva a intentarlo cuando el servidor esté disponible.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Known</source>
            <translation>Conocida</translation>
        </message>
        <message>
            <source>{date}: {check}</source>
            <translation>{date}: {check}</translation>
        </message>
    </context>
    <context>
        <name>Output</name>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
    </context>
    <context>
        <name>PdfCharts</name>
        <message>
            <source>No sessions in this range.</source>
            <translation>No hay sesiones en este periodo.</translation>
        </message>
        <message>
            <source>Nobody attended in this range.</source>
            <translation>Nadie asistió en este periodo.</translation>
        </message>
        <message>
            <source>No members in scope.</source>
            <translation>No hay miembros en este ámbito.</translation>
        </message>
    </context>
    <context>
        <name>Postgresql</name>
        <message>
            <source>The {driver} driver is not supported; use postgresql:// (psycopg 3) instead.</source>
            <translation>El controlador {driver} no es compatible; usar postgresql:// (psycopg 3) en su lugar.</translation>
        </message>
        <message>
            <source>The database {name} does not exist on the server ({where}). Ask the server's administrator to create it (createdb {name}); Collab Desktop sets up an empty database on first open.</source>
            <translation>La base de datos {name} no existe en el servidor ({where}). Pedir al administrador del servidor que la cree (createdb {name}); Collab Desktop prepara una base de datos vacía la primera vez que se abre.</translation>
        </message>
        <message>
            <source>The server refused the user name or password ({where}): {first}. Check ~/.pgpass, PGPASSWORD or the service file; the app never stores passwords.</source>
            <translation>El servidor rechazó el usuario o la contraseña ({where}): {first}. Revisar ~/.pgpass, PGPASSWORD o el archivo de servicio; la aplicación nunca guarda contraseñas.</translation>
        </message>
        <message>
            <source>The server asks for a password ({where}); put it in ~/.pgpass (pgpass.conf on Windows) or PGPASSWORD: the app never stores passwords.</source>
            <translation>El servidor pide una contraseña ({where}); ponerla en ~/.pgpass (pgpass.conf en Windows) o en PGPASSWORD: la aplicación nunca guarda contraseñas.</translation>
        </message>
        <message>
            <source>The server's user has no permission for this ({where}): {first}. Ask the server's administrator to grant it.</source>
            <translation>El usuario del servidor no tiene permiso para esto ({where}): {first}. Pedir al administrador del servidor que lo conceda.</translation>
        </message>
        <message>
            <source>Cannot reach the database server ({where}): {first}.</source>
            <translation>No se puede conectar con el servidor de base de datos ({where}): {first}.</translation>
        </message>
        <message>
            <source>The database server reported an error ({where}): {first}.</source>
            <translation>El servidor de base de datos informó de un error ({where}): {first}.</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Contacts without recorded consent were left out. Patient and family partners must agree before their names are shared.</source>
            <translation>Se omitieron los contactos sin consentimiento registrado. Los pacientes y familiares colaboradores deben dar su conformidad antes de que se compartan sus nombres.</translation>
        </message>
    </context>
    <context>
        <name>RecentAttendance</name>
        <message>
            <source>No sessions yet.</source>
            <translation>Aún no hay sesiones.</translation>
        </message>
        <message>
            <source>Last attended {day}</source>
            <translation>Última asistencia el {day}</translation>
        </message>
        <message>
            <source>Never attended</source>
            <translation>Nunca ha asistido</translation>
        </message>
        <message>
            <source>{attended}.</source>
            <translation>{attended}.</translation>
        </message>
        <message>
            <source>{attended}; {missed}.</source>
            <translation>{attended}; {missed}.</translation>
        </message>
        <message>
            <source>missed the last 1 session (excused ones not counted)</source>
            <translation>faltó a la última sesión (sin contar las justificadas)</translation>
        </message>
        <message>
            <source>missed the last 1 session</source>
            <translation>faltó a la última sesión</translation>
        </message>
        <message numerus="yes">
            <source>missed the last %n sessions (excused ones not counted)</source>
            <translation>
                <numerusform>faltó a la última sesión (%n) (sin contar las justificadas)</numerusform>
                <numerusform>faltó a las últimas %n sesiones (sin contar las justificadas)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>missed the last %n sessions</source>
            <translation>
                <numerusform>faltó a la última sesión (%n)</numerusform>
                <numerusform>faltó a las últimas %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{session} ({collaborative}), {when}: {status}</source>
            <translation>{session} ({collaborative}), {when}: {status}</translation>
        </message>
        <message>
            <source>{session}, {when}: {status}</source>
            <translation>{session}, {when}: {status}</translation>
        </message>
        <message>
            <source>Recent sessions, newest first:</source>
            <translation>Sesiones recientes, de la más nueva a la más antigua:</translation>
        </message>
    </context>
    <context>
        <name>RecordHistory</name>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Put back from the trash</source>
            <translation>Recuperado de la papelera</translation>
        </message>
        <message>
            <source>Membership: {name}</source>
            <translation>Membresía: {name}</translation>
        </message>
        <message>
            <source>Member: {name}</source>
            <translation>Miembro: {name}</translation>
        </message>
        <message>
            <source>Registration: {name}</source>
            <translation>Inscripción: {name}</translation>
        </message>
        <message>
            <source>History is kept for contacts, collaboratives and sessions.</source>
            <translation>Se guarda el historial de contactos, colaborativos y sesiones.</translation>
        </message>
        <message>
            <source>No {kind} with id {id}.</source>
            <translation>No hay ningún registro ({kind}) con id {id}.</translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <source>contact</source>
            <translation>contacto</translation>
        </message>
        <message>
            <source>collaborative</source>
            <translation>colaborativo</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>membresía</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>inscripción</translation>
        </message>
    </context>
    <context>
        <name>RecordStamps</name>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>a las {time}</translation>
        </message>
        <message>
            <source>on {day} at {time}</source>
            <translation>el {day} a las {time}</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>{kind} {id} was changed by {who}</source>
            <translation>{who} modificó {kind} {id}</translation>
        </message>
        <message>
            <source>{kind} {id} was changed by {who} {when}</source>
            <translation>{who} modificó {kind} {id} {when}</translation>
        </message>
        <message>
            <source>Created by {who} on {day}</source>
            <translation>Creado por {who} el {day}</translation>
        </message>
        <message>
            <source>Changed by {who} on {day} at {time}</source>
            <translation>Modificado por {who} el {day} a las {time}</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>Not saved: {problem}. What you typed is still here; Save compares it with their version again.</source>
            <translation>No se guardó: {problem}. Lo escrito sigue aquí; Guardar lo vuelve a comparar con su versión.</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message>
            <source>{count} (loading…)</source>
            <translation>{count} (cargando…)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Created {name}.</source>
            <translation>Creado: {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Guardado: {name}.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Deleted {what}. Ctrl+Z puts it back.</source>
            <translation>Eliminado: {what}. Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>Save changes (Ctrl+S)</source>
            <translation>Guardar los cambios (Ctrl+S)</translation>
        </message>
        <message>
            <source>Created and changed by</source>
            <translation>Creación y modificación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Discard unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>{placeholder} (Ctrl+F)</source>
            <translation>{placeholder} (Ctrl+F)</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <source>Arrow keys move between rows, Ctrl+A selects all, a column header sorts by it.</source>
            <translation>Las flechas se mueven entre filas, Ctrl+A selecciona todo y un encabezado de columna ordena por ella.</translation>
        </message>
        <message>
            <source>Search {table}</source>
            <translation>Buscar en {table}</translation>
        </message>
        <message>
            <source>Type to show only the matching rows; the clear button at its end shows them all.</source>
            <translation>Escribir para mostrar solo las filas que coinciden; el botón de borrar al final las muestra todas.</translation>
        </message>
    </context>
    <context>
        <name>RecordWords</name>
        <message>
            <source>collaborative</source>
            <translation>colaborativo</translation>
        </message>
        <message>
            <source>collaboratives</source>
            <translation>colaborativos</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contacto</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contactos</translation>
        </message>
        <message>
            <source>session</source>
            <translation>sesión</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>sesiones</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>membresía</translation>
        </message>
        <message>
            <source>memberships</source>
            <translation>membresías</translation>
        </message>
        <message>
            <source>registration</source>
            <translation>inscripción</translation>
        </message>
        <message>
            <source>registrations</source>
            <translation>inscripciones</translation>
        </message>
        <message>
            <source>repeating series</source>
            <translation>serie periódica</translation>
        </message>
        <message>
            <source>repeating series</source>
            <comment>plural</comment>
            <translation>series periódicas</translation>
        </message>
        <message>
            <source>series sign-up</source>
            <translation>inscripción a una serie</translation>
        </message>
        <message>
            <source>series sign-ups</source>
            <translation>inscripciones a series</translation>
        </message>
        <message>
            <source>import record</source>
            <translation>registro de importación</translation>
        </message>
        <message>
            <source>import records</source>
            <translation>registros de importación</translation>
        </message>
        <message>
            <source>import change</source>
            <translation>cambio de importación</translation>
        </message>
        <message>
            <source>import changes</source>
            <translation>cambios de importación</translation>
        </message>
        <message>
            <source>row of {table}</source>
            <translation>fila de {table}</translation>
        </message>
        <message>
            <source>rows of {table}</source>
            <translation>filas de {table}</translation>
        </message>
        <message>
            <source>1 collaborative</source>
            <translation>1 colaborativo</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 contacto</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>1 membership</source>
            <translation>1 membresía</translation>
        </message>
        <message>
            <source>1 registration</source>
            <translation>1 inscripción</translation>
        </message>
        <message>
            <source>1 repeating series</source>
            <translation>1 serie periódica</translation>
        </message>
        <message>
            <source>1 series sign-up</source>
            <translation>1 inscripción a una serie</translation>
        </message>
        <message>
            <source>1 import record</source>
            <translation>1 registro de importación</translation>
        </message>
        <message>
            <source>1 import change</source>
            <translation>1 cambio de importación</translation>
        </message>
        <message>
            <source>1 row of {table}</source>
            <translation>1 fila de {table}</translation>
        </message>
        <message numerus="yes">
            <source>%n collaboratives</source>
            <translation>
                <numerusform>%n colaborativo</numerusform>
                <numerusform>%n colaborativos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n memberships</source>
            <translation>
                <numerusform>%n membresía</numerusform>
                <numerusform>%n membresías</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registrations</source>
            <translation>
                <numerusform>%n inscripción</numerusform>
                <numerusform>%n inscripciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeating series</source>
            <translation>
                <numerusform>%n serie periódica</numerusform>
                <numerusform>%n series periódicas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n series sign-ups</source>
            <translation>
                <numerusform>%n inscripción a una serie</numerusform>
                <numerusform>%n inscripciones a series</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import records</source>
            <translation>
                <numerusform>%n registro de importación</numerusform>
                <numerusform>%n registros de importación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n import changes</source>
            <translation>
                <numerusform>%n cambio de importación</numerusform>
                <numerusform>%n cambios de importación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows of {table}</source>
            <translation>
                <numerusform>%n fila de {table}</numerusform>
                <numerusform>%n filas de {table}</numerusform>
            </translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source> (held on the old day)</source>
            <translation> (celebrada en su día original)</translation>
        </message>
        <message>
            <source>nothing else</source>
            <translation>nada más</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>primer</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>segundo</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>tercer</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>cuarto</translation>
        </message>
        <message>
            <source>5th</source>
            <translation>quinto</translation>
        </message>
        <message>
            <source>last</source>
            <translation>último</translation>
        </message>
        <message>
            <source>Repeat must be one of: {value}.</source>
            <translation>La repetición debe ser una de estas: {value}.</translation>
        </message>
        <message>
            <source>Repeat every must be 1 or more.</source>
            <translation>«Repetir cada» debe ser 1 o más.</translation>
        </message>
        <message>
            <source>The week of the month must be 1st to 5th or last.</source>
            <translation>La semana del mes debe ser de la 1.ª a la 5.ª o la última.</translation>
        </message>
        <message>
            <source>End after a number of times or by a date, not both.</source>
            <translation>Terminar tras un número de veces o en una fecha, no ambas cosas.</translation>
        </message>
        <message>
            <source>The number of occurrences must be 1 or more.</source>
            <translation>El número de repeticiones debe ser 1 o más.</translation>
        </message>
        <message>
            <source>Not a recurrence rule part: {item!r} (expected KEY=VALUE).</source>
            <translation>No es una parte de regla de repetición: {item!r} (se esperaba CLAVE=VALOR).</translation>
        </message>
        <message>
            <source>A recurrence rule needs FREQ (e.g. FREQ=WEEKLY;COUNT=10).</source>
            <translation>Una regla de repetición necesita FREQ (p. ej., FREQ=WEEKLY;COUNT=10).</translation>
        </message>
        <message>
            <source>{key} must be a whole number of 1 or more.</source>
            <translation>{key} debe ser un número entero de 1 o más.</translation>
        </message>
        <message>
            <source>UNTIL must look like 20261231 or 20261231T235900Z: {exc}</source>
            <translation>UNTIL debe tener la forma 20261231 o 20261231T235900Z: {exc}</translation>
        </message>
        <message>
            <source>The first occurrence needs a time zone.</source>
            <translation>La primera repetición necesita una zona horaria.</translation>
        </message>
        <message>
            <source>Not a usable recurrence rule ({rule!r}): {exc}</source>
            <translation>No es una regla de repetición utilizable ({rule!r}): {exc}</translation>
        </message>
        <message>
            <source>Repeat {freq!r} is not offered; use {value}.</source>
            <translation>La repetición {freq!r} no está disponible; usar {value}.</translation>
        </message>
        <message numerus="yes">
            <source>Every %n days</source>
            <translation>
                <numerusform>Cada %n día</numerusform>
                <numerusform>Cada %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n weeks</source>
            <translation>
                <numerusform>Cada %n semana</numerusform>
                <numerusform>Cada %n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n months</source>
            <translation>
                <numerusform>Cada %n mes</numerusform>
                <numerusform>Cada %n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Every %n years</source>
            <translation>
                <numerusform>Cada %n año</numerusform>
                <numerusform>Cada %n años</numerusform>
            </translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Cada día</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Cada semana</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Cada mes</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Cada año</translation>
        </message>
        <message>
            <source>{days} and {last}</source>
            <translation>{days} y {last}</translation>
        </message>
        <message>
            <source> on {days}</source>
            <translation> los {days}</translation>
        </message>
        <message>
            <source> on the {ordinal} {weekday}</source>
            <translation> el {ordinal} {weekday}</translation>
        </message>
        <message>
            <source> (months without one are skipped)</source>
            <translation> (se omiten los meses que no lo tienen)</translation>
        </message>
        <message>
            <source> on the {day}</source>
            <translation> el día {day}</translation>
        </message>
        <message>
            <source> at {time}</source>
            <translation> a las {time}</translation>
        </message>
        <message>
            <source>, 1 time</source>
            <translation>, 1 vez</translation>
        </message>
        <message numerus="yes">
            <source>, %n times</source>
            <translation>
                <numerusform>, %n vez</numerusform>
                <numerusform>, %n veces</numerusform>
            </translation>
        </message>
        <message>
            <source>, until {day}</source>
            <translation>, hasta el {day}</translation>
        </message>
    </context>
    <context>
        <name>RecurrencePicker</name>
        <message>
            <source>Does not repeat</source>
            <translation>No se repite</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Diariamente</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanalmente</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensualmente</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Anualmente</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>primer</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>segundo</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>tercer</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>cuarto</translation>
        </message>
        <message>
            <source>5th</source>
            <translation>quinto</translation>
        </message>
        <message>
            <source>last</source>
            <translation>último</translation>
        </message>
        <message>
            <source>day(s)</source>
            <translation>día(s)</translation>
        </message>
        <message>
            <source>week(s)</source>
            <translation>semana(s)</translation>
        </message>
        <message>
            <source>month(s)</source>
            <translation>mes(es)</translation>
        </message>
        <message>
            <source>year(s)</source>
            <translation>año(s)</translation>
        </message>
        <message>
            <source>End after</source>
            <translation>Terminar después de</translation>
        </message>
        <message>
            <source> times</source>
            <translation> veces</translation>
        </message>
        <message>
            <source>End by</source>
            <translation>Terminar el</translation>
        </message>
        <message>
            <source>every</source>
            <translation>cada</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Los</translation>
        </message>
        <message>
            <source>on the</source>
            <translation>el</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>The summary under the choices reads the whole rule</source>
            <translation>El resumen bajo las opciones indica la regla completa</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>Repetir cada</translation>
        </message>
        <message>
            <source>On {weekday}</source>
            <translation>El {weekday}</translation>
        </message>
        <message>
            <source>On a weekday of the month</source>
            <translation>Un día de la semana del mes</translation>
        </message>
        <message>
            <source>Week of the month</source>
            <translation>Semana del mes</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Día de la semana</translation>
        </message>
        <message>
            <source>Number of times</source>
            <translation>Número de veces</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Última fecha</translation>
        </message>
        <message>
            <source>On day {day}</source>
            <translation>El día {day}</translation>
        </message>
    </context>
    <context>
        <name>Registrations</name>
        <message>
            <source>No session with id {session_id}. Run 'list sessions' to see the ids.</source>
            <translation>No hay ninguna sesión con el id {session_id}. Ejecutar «list sessions» para ver los id.</translation>
        </message>
        <message>
            <source>Status must be one of: {value}.</source>
            <translation>El estado debe ser uno de estos: {value}.</translation>
        </message>
        <message>
            <source>No session with id {session_id}.</source>
            <translation>No hay ninguna sesión con el id {session_id}.</translation>
        </message>
        <message>
            <source>This person is already registered for the session.</source>
            <translation>Esta persona ya está inscrita en la sesión.</translation>
        </message>
        <message>
            <source>No registration with id {value}.</source>
            <translation>No hay ninguna inscripción con el id {value}.</translation>
        </message>
        <message>
            <source>No series with id {series_id}.</source>
            <translation>No hay ninguna serie con el id {series_id}.</translation>
        </message>
    </context>
    <context>
        <name>RegistrationsPanel</name>
        <message>
            <source>Registrations</source>
            <translation>Inscripciones</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>Sin inscripción</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>For the whole series</source>
            <translation>Para toda la serie</translation>
        </message>
        <message>
            <source>Also register them for every later occurrence</source>
            <translation>Inscribirlos también en todas las sesiones posteriores de la serie</translation>
        </message>
        <message>
            <source>Add people…</source>
            <translation>Añadir personas…</translation>
        </message>
        <message>
            <source>Find contacts and register them</source>
            <translation>Buscar contactos e inscribirlos</translation>
        </message>
        <message>
            <source>Add collaborative…</source>
            <translation>Añadir colaborativo…</translation>
        </message>
        <message>
            <source>Register every member of a collaborative (or of a role) in one step</source>
            <translation>Inscribir en un solo paso a todos los miembros de un colaborativo (o de un rol)</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Mark the selected people as attended</source>
            <translation>Marcar como presentes a las personas seleccionadas</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificado</translation>
        </message>
        <message>
            <source>Mark the selected people as excused (not counted absent)</source>
            <translation>Marcar como ausencia justificada a las personas seleccionadas (no cuenta como ausencia)</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Mark the selected people as absent (no-show)</source>
            <translation>Marcar como ausentes a las personas seleccionadas (no se presentaron)</translation>
        </message>
        <message>
            <source>Cancel registration</source>
            <translation>Cancelar inscripción</translation>
        </message>
        <message>
            <source>Cancel the selected registrations; the first person waiting moves up</source>
            <translation>Cancelar las inscripciones seleccionadas; la primera persona en espera obtiene un lugar</translation>
        </message>
        <message>
            <source>Registrations ({capacity})</source>
            <translation>Inscripciones ({capacity})</translation>
        </message>
        <message>
            <source>{title} — over capacity</source>
            <translation>{title} — capacidad superada</translation>
        </message>
        <message numerus="yes">
            <source>{title} · %n waiting</source>
            <translation>
                <numerusform>{title} · %n en espera</numerusform>
                <numerusform>{title} · %n en espera</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} moved up from the waitlist.</source>
            <comment>one person</comment>
            <translation>{names} pasó de la lista de espera a la sesión.</translation>
        </message>
        <message>
            <source>{names} moved up from the waitlist.</source>
            <comment>several people</comment>
            <translation>{names} pasaron de la lista de espera a la sesión.</translation>
        </message>
        <message>
            <source>{message} Ctrl+Z undoes this.</source>
            <translation>{message} Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Register people</source>
            <translation>Inscribir personas</translation>
        </message>
        <message>
            <source>{problems}

Register them anyway?</source>
            <translation>{problems}

¿Inscribirlos de todos modos?</translation>
        </message>
        <message>
            <source>This session is only for {role}s. Add members with the role {chosen} anyway?</source>
            <translation>Esta sesión es solo para el rol «{role}». ¿Añadir de todos modos a los miembros con el rol «{chosen}»?</translation>
        </message>
        <message>
            <source>This session is only for {role}s. Add members of every role anyway?</source>
            <translation>Esta sesión es solo para el rol «{role}». ¿Añadir de todos modos a los miembros de todos los roles?</translation>
        </message>
        <message>
            <source>Add a whole collaborative</source>
            <translation>Añadir un colaborativo completo</translation>
        </message>
        <message>
            <source>{title}  ·  added {added}, {already} already registered</source>
            <translation>{title}  ·  añadidos {added}, {already} ya inscritos</translation>
        </message>
        <message>
            <source>Add collaborative</source>
            <translation>Añadir colaborativo</translation>
        </message>
        <message>
            <source>Cancel the registration of 1 person?</source>
            <translation>¿Cancelar la inscripción de 1 persona?</translation>
        </message>
        <message numerus="yes">
            <source>Cancel the registration of %n people?</source>
            <translation>
                <numerusform>¿Cancelar la inscripción de %n persona?</numerusform>
                <numerusform>¿Cancelar la inscripción de %n personas?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RelatedList</name>
        <message>
            <source>Filter this list</source>
            <translation>Filtrar esta lista</translation>
        </message>
        <message>
            <source>Filter {list}</source>
            <translation>Filtrar {list}</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>Export &amp;report…</source>
            <translation>Expor&amp;tar informe…</translation>
        </message>
        <message>
            <source>Write the Reports tab's figures to an Excel workbook</source>
            <translation>Escribir las cifras de la pestaña Informes en un libro de Excel</translation>
        </message>
        <message>
            <source>Export PDF &amp;summary…</source>
            <translation>Exportar resumen en &amp;PDF…</translation>
        </message>
        <message>
            <source>A one-page PDF of the Reports tab's figures, for the sponsor</source>
            <translation>Un PDF de una página con las cifras de la pestaña Informes, para el patrocinador</translation>
        </message>
    </context>
    <context>
        <name>ReportChartView</name>
        <message>
            <source>The same figures are in the table beside the chart.</source>
            <translation>Las mismas cifras están en la tabla junto al gráfico.</translation>
        </message>
        <message>
            <source>Chart: {title}</source>
            <translation>Gráfico: {title}</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>write the reports (members, attendance, retention, mix, ...) to an Excel file</source>
            <translation>escribir los informes (miembros, asistencia, permanencia, tipos...) en un archivo de Excel</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>el libro que se va a escribir</translation>
        </message>
        <message>
            <source>print the attendance summary and each session's figures as JSON</source>
            <translation>mostrar como JSON el resumen de asistencia y los datos de cada sesión</translation>
        </message>
        <message>
            <source>only this collaborative</source>
            <translation>solo este colaborativo</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>primer día</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>último día</translation>
        </message>
        <message>
            <source>list people who attended at least N sessions of a series (default 3)</source>
            <translation>enumerar a quienes asistieron al menos a N sesiones de una serie (predeterminado: 3)</translation>
        </message>
        <message>
            <source>name the workbook to write (OUT.xlsx), or ask for --json.</source>
            <translation>indicar el libro que se va a crear (SALIDA.xlsx) o pedir --json.</translation>
        </message>
        <message>
            <source>the report file must end in .xlsx: {out}</source>
            <translation>el archivo del informe debe terminar en .xlsx: {out}</translation>
        </message>
        <message>
            <source>no such folder: {parent}</source>
            <translation>no existe la carpeta: {parent}</translation>
        </message>
        <message>
            <source>Wrote {out}: {scope}; {active} active members, {count_sessions} sessions, {attended} attendances.</source>
            <translation>Se creó {out}: {scope}; {active} miembros activos, {count_sessions} sesiones, {attended} asistencias.</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Members by type</source>
            <translation>Miembros por tipo</translation>
        </message>
        <message>
            <source>Members by role</source>
            <translation>Miembros por función</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Miembros nuevos</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Attendance trend</source>
            <translation>Tendencia de asistencia</translation>
        </message>
        <message>
            <source>Series retention</source>
            <translation>Permanencia en series</translation>
        </message>
        <message>
            <source>Participant mix</source>
            <translation>Tipos de participante</translation>
        </message>
        <message>
            <source>Several collaboratives</source>
            <translation>Varios colaborativos</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificados</translation>
        </message>
        <message>
            <source>Annual gathering</source>
            <translation>Encuentro anual</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>Miembros activos</translation>
        </message>
        <message>
            <source>Inactive members</source>
            <translation>Miembros inactivos</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistieron</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificados</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausentes</translation>
        </message>
        <message>
            <source>Not yet marked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>Attendance rate</source>
            <translation>Tasa de asistencia</translation>
        </message>
        <message>
            <source>Attendance rate is</source>
            <translation>La tasa de asistencia es</translation>
        </message>
        <message>
            <source>People in several collaboratives</source>
            <translation>Personas en varios colaborativos</translation>
        </message>
        <message>
            <source>People with at least {count} sessions of a series</source>
            <translation>Personas con al menos {count} sesiones de una serie</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Participant type</source>
            <translation>Tipo de participante</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivos</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>New members per month</source>
            <translation>Miembros nuevos por mes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>En lista de espera</translation>
        </message>
        <message>
            <source>Attendance over time</source>
            <translation>Asistencia a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Session number</source>
            <translation>Número de sesión</translation>
        </message>
        <message>
            <source>First session attendees</source>
            <translation>Asistentes a la primera sesión</translation>
        </message>
        <message>
            <source>Still attending</source>
            <translation>Siguen asistiendo</translation>
        </message>
        <message>
            <source>Share still attending</source>
            <translation>Proporción que sigue asistiendo</translation>
        </message>
        <message>
            <source>Patient and family partners</source>
            <translation>Pacientes y familiares colaboradores</translation>
        </message>
        <message>
            <source>Patient and family share</source>
            <translation>Proporción de pacientes y familiares</translation>
        </message>
        <message>
            <source>Participant types among attendees</source>
            <translation>Tipos de participante entre los asistentes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Collaboratives</source>
            <translation>Colaborativos</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Cuáles</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sesiones a las que asistió</translation>
        </message>
        <message>
            <source>Sessions in series</source>
            <translation>Sesiones de la serie</translation>
        </message>
        <message>
            <source>People who attended at least {count} sessions of a series</source>
            <translation>Personas que asistieron al menos a {count} sesiones de una serie</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Who attends: participant types per session</source>
            <translation>Quién asiste: tipos de participante por sesión</translation>
        </message>
        <message>
            <source>Who attends: participant types per month</source>
            <translation>Quién asiste: tipos de participante por mes</translation>
        </message>
        <message>
            <source>Who attends: participant types per quarter</source>
            <translation>Quién asiste: tipos de participante por trimestre</translation>
        </message>
        <message>
            <source>Who attends: participant types per year</source>
            <translation>Quién asiste: tipos de participante por año</translation>
        </message>
        <message>
            <source>{title} (1 session)</source>
            <translation>{title} (1 sesión)</translation>
        </message>
        <message numerus="yes">
            <source>{title} (%n sessions)</source>
            <translation>
                <numerusform>{title} (%n sesión)</numerusform>
                <numerusform>{title} (%n sesiones)</numerusform>
            </translation>
        </message>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>T{quarter} {year}</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistieron</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Justificados</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausentes</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <source>Patient and family</source>
            <translation>Pacientes y familiares</translation>
        </message>
        <message>
            <source>Patient and family share</source>
            <translation>Proporción de pacientes y familiares</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivos</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Participant type</source>
            <translation>Tipo de participante</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>Miembros nuevos</translation>
        </message>
        <message>
            <source>By participant type</source>
            <translation>Por tipo de participante</translation>
        </message>
        <message>
            <source>By role</source>
            <translation>Por rol</translation>
        </message>
        <message>
            <source>New members per month</source>
            <translation>Miembros nuevos por mes</translation>
        </message>
        <message>
            <source>&lt;b&gt;{active}&lt;/b&gt; active and &lt;b&gt;{inactive}&lt;/b&gt; inactive members ({total} people, each counted once)</source>
            <translation>&lt;b&gt;{active}&lt;/b&gt; miembros activos y &lt;b&gt;{inactive}&lt;/b&gt; inactivos ({total} personas, cada una contada una vez)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Not yet marked</source>
            <translation>Sin marcar</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>En lista de espera</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <source>Per session</source>
            <translation>Por sesión</translation>
        </message>
        <message>
            <source>Attendees by participant type</source>
            <translation>Asistentes por tipo de participante</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>Still attending</source>
            <translation>Siguen asistiendo</translation>
        </message>
        <message>
            <source>{retained} of {base}</source>
            <translation>{retained} de {base}</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Collaboratives</source>
            <translation>Colaborativos</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>Cuáles</translation>
        </message>
        <message>
            <source>Sessions in series</source>
            <translation>Sesiones de la serie</translation>
        </message>
        <message>
            <source>People active in more than one collaborative</source>
            <translation>Personas activas en más de un colaborativo</translation>
        </message>
        <message>
            <source>Series retention: of the first session's attendees, how many still attend</source>
            <translation>Permanencia en la serie: de los asistentes a la primera sesión, cuántos siguen asistiendo</translation>
        </message>
        <message numerus="yes">
            <source>Attended at least %n sessions of a series ({count})</source>
            <translation>
                <numerusform>Asistieron al menos a %n sesión de una serie ({count})</numerusform>
                <numerusform>Asistieron al menos a %n sesiones de una serie ({count})</numerusform>
            </translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Sessions of kind “Annual learning session”, and sessions in October that belong to no single collaborative. With one collaborative chosen, the shared gathering counts only its members.</source>
            <translation>Sesiones del tipo «Sesión anual de aprendizaje» y sesiones de octubre que no pertenecen a un único colaborativo. Con un colaborativo elegido, el encuentro compartido cuenta solo a sus miembros.</translation>
        </message>
        <message>
            <source>The annual October gathering</source>
            <translation>El encuentro anual de octubre</translation>
        </message>
    </context>
    <context>
        <name>ReportRecords</name>
        <message>
            <source>attended / (attended + absent); excused and not yet marked are left out</source>
            <translation>asistieron / (asistieron + ausentes); no cuentan los justificados ni los que están sin marcar</translation>
        </message>
    </context>
    <context>
        <name>ReportScope</name>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>from {start}</source>
            <translation>desde el {start}</translation>
        </message>
        <message>
            <source>up to {end}</source>
            <translation>hasta el {end}</translation>
        </message>
        <message>
            <source>all dates</source>
            <translation>todas las fechas</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <source>N must be at least 1.</source>
            <translation>N debe ser al menos 1.</translation>
        </message>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>List people who attended at least this many sessions of a series</source>
            <translation>Listar a las personas que asistieron al menos a este número de sesiones de una serie</translation>
        </message>
        <message>
            <source>Export report…</source>
            <translation>Exportar informe…</translation>
        </message>
        <message>
            <source>Write these figures to an Excel workbook</source>
            <translation>Escribir estas cifras en un libro de Excel</translation>
        </message>
        <message>
            <source>Export PDF summary…</source>
            <translation>Exportar resumen en PDF…</translation>
        </message>
        <message>
            <source>A one-page PDF of these figures, with charts, for the sponsor</source>
            <translation>Un PDF de una página con estas cifras y gráficos, para el patrocinador</translation>
        </message>
        <message>
            <source>&amp;Collaborative</source>
            <translation>&amp;Colaborativo</translation>
        </message>
        <message>
            <source>Certificates: at least &amp;N sessions</source>
            <translation>Certificados: al menos &amp;N sesiones</translation>
        </message>
        <message>
            <source>Report pages</source>
            <translation>Páginas del informe</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Participant mix</source>
            <translation>Perfil de participantes</translation>
        </message>
        <message>
            <source>Retention and people</source>
            <translation>Permanencia y personas</translation>
        </message>
        <message>
            <source>Annual gathering</source>
            <translation>Encuentro anual</translation>
        </message>
        <message>
            <source>All collaboratives</source>
            <translation>Todos los colaborativos</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Calculando…</translation>
        </message>
        <message>
            <source>The report could not be computed: {reason}</source>
            <translation>No se pudo calcular el informe: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{scope}: %n active members. Computing attendance…</source>
            <translation>
                <numerusform>{scope}: %n miembro activo. Calculando la asistencia…</numerusform>
                <numerusform>{scope}: %n miembros activos. Calculando la asistencia…</numerusform>
            </translation>
        </message>
        <message>
            <source>{scope}: {members}, {sessions}, {attended} attended, {absent} absent, {excused} excused (attendance rate {rate}), {spanning} in more than one collaborative.</source>
            <translation>{scope}: {members}, {sessions}, {attended} asistieron, {absent} ausentes, {excused} justificados (tasa de asistencia {rate}), {spanning} en más de un colaborativo.</translation>
        </message>
        <message numerus="yes">
            <source>%n active members</source>
            <translation>
                <numerusform>%n miembro activo</numerusform>
                <numerusform>%n miembros activos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance rate: {rule}.</source>
            <translation>Tasa de asistencia: {rule}.</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <source>collaboratives-report.xlsx</source>
            <translation>informe-colaborativos.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {reason}</source>
            <translation>No se pudo escribir el informe en {path}: {reason}</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Escribiendo el informe…</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Informe escrito en {path}.</translation>
        </message>
        <message>
            <source>Export PDF summary</source>
            <translation>Exportar resumen en PDF</translation>
        </message>
        <message>
            <source>collaboratives-summary.pdf</source>
            <translation>resumen-colaborativos.pdf</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The summary could not be written: {reason}</source>
            <translation>No se pudo escribir el resumen: {reason}</translation>
        </message>
        <message>
            <source>PDF summary written to {path}.</source>
            <translation>Resumen en PDF escrito en {path}.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Today {time}</source>
            <translation>Hoy {time}</translation>
        </message>
        <message>
            <source>Yesterday {time}</source>
            <translation>Ayer {time}</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Collaboratives</source>
            <translation>Colaborativos</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Collab Desktop backs up your data every day it is opened, and before upgrades, imports and large deletes. Choose the backup to go back to.</source>
            <translation>Collab Desktop hace una copia de seguridad de los datos cada día que se abre, y antes de actualizaciones, importaciones y eliminaciones grandes. Elegir la copia a la que volver.</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtrar</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Search backups</source>
            <translation>Buscar copias de seguridad</translation>
        </message>
        <message>
            <source>There are no backups of this database yet.</source>
            <translation>Todavía no hay copias de seguridad de esta base de datos.</translation>
        </message>
        <message>
            <source>Restoring replaces everything in this database with the backup. What is there now is backed up first, so you can come back to it from this list.</source>
            <translation>Restaurar sustituye todo lo de esta base de datos por la copia. Antes se guarda una copia de lo que hay ahora, para poder volver a ello desde esta lista.</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurar esta copia</translation>
        </message>
        <message>
            <source>Restore from another &amp;file…</source>
            <translation>Restaurar desde otro &amp;archivo…</translation>
        </message>
        <message>
            <source>Backups are kept in {folder}</source>
            <translation>Las copias de seguridad se guardan en {folder}</translation>
        </message>
        <message>
            <source>the backup from {when}</source>
            <translation>la copia de seguridad de {when}</translation>
        </message>
        <message>
            <source>Restore from file</source>
            <translation>Restaurar desde un archivo</translation>
        </message>
        <message>
            <source>Collab Desktop database (*.sqlite *.db);;All files (*)</source>
            <translation>Base de datos de Collab Desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Replace all the data in this database with {what} ({counts})?

What is there now is backed up first.</source>
            <translation>¿Sustituir todos los datos de esta base de datos por {what} ({counts})?

Antes se guarda una copia de lo que hay ahora.</translation>
        </message>
        <message>
            <source>The backup was not restored: {error}</source>
            <translation>No se restauró la copia de seguridad: {error}</translation>
        </message>
        <message>
            <source>Restored {what} ({counts}).

What was there before is kept as the backup “Before restoring a backup”.</source>
            <translation>Se restauró {what} ({counts}).

Lo que había antes se conserva como la copia «Antes de restaurar una copia de seguridad».</translation>
        </message>
        <message>
            <source>Database cannot be opened</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>{error}

There is a backup of this database from {when} ({counts}). Use it instead? The file that cannot be opened is kept beside it, renamed.</source>
            <translation>{error}

Hay una copia de seguridad de esta base de datos de {when} ({counts}). ¿Usarla en su lugar? El archivo que no se puede abrir se conserva a su lado, con otro nombre.</translation>
        </message>
        <message>
            <source>The backup could not be used: {error}</source>
            <translation>No se pudo usar la copia de seguridad: {error}</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>Base de datos restaurada</translation>
        </message>
        <message>
            <source>The backup from {when} is in place. The file that could not be opened was kept as {file}.</source>
            <translation>La copia de seguridad de {when} está en su sitio. El archivo que no se pudo abrir se conservó como {file}.</translation>
        </message>
    </context>
    <context>
        <name>RoleRestrictions</name>
        <message>
            <source>{name} is not a {role} of {collaborative}; this session is only for {role}s.</source>
            <translation>{name} no tiene la función «{role}» en {collaborative}; esta sesión es solo para «{role}».</translation>
        </message>
        <message>
            <source>{name} is not a {role}; this session is only for {role}s.</source>
            <translation>{name} no tiene la función «{role}»; esta sesión es solo para «{role}».</translation>
        </message>
        <message>
            <source>No contact with id {contact_id}.</source>
            <translation>No hay ningún contacto con el id {contact_id}.</translation>
        </message>
        <message>
            <source>No session with id {session_id}.</source>
            <translation>No hay ninguna sesión con el id {session_id}.</translation>
        </message>
    </context>
    <context>
        <name>RosterActions</name>
        <message>
            <source>&amp;Import roster…</source>
            <translation>&amp;Importar lista de participantes…</translation>
        </message>
        <message>
            <source>Import contacts from Excel or CSV</source>
            <translation>Importar contactos desde Excel o CSV</translation>
        </message>
        <message>
            <source>&amp;Export roster…</source>
            <translation>E&amp;xportar lista de participantes…</translation>
        </message>
        <message>
            <source>Export a roster to Excel</source>
            <translation>Exportar una lista de participantes a Excel</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>&amp;Historial de importaciones…</translation>
        </message>
        <message>
            <source>Past imports, with Undo</source>
            <translation>Importaciones anteriores, con Deshacer</translation>
        </message>
        <message>
            <source>Copy &amp;emails of the listed contacts</source>
            <translation>Copiar los &amp;correos de los contactos listados</translation>
        </message>
        <message>
            <source>Copy the selected (or listed) contacts' emails for Outlook's To: field</source>
            <translation>Copiar los correos de los contactos seleccionados (o listados) para el campo Para: de Outlook</translation>
        </message>
        <message>
            <source>Import roster</source>
            <translation>Importar lista de participantes</translation>
        </message>
        <message>
            <source>This database is open read-only.</source>
            <translation>Esta base de datos está abierta en modo de solo lectura.</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>Exportar lista de participantes</translation>
        </message>
        <message>
            <source>All contacts (one row per membership)</source>
            <translation>Todos los contactos (una fila por membresía)</translation>
        </message>
        <message>
            <source>Export the roster of:</source>
            <translation>Exportar la lista de participantes de:</translation>
        </message>
        <message>
            <source>{name} roster.xlsx</source>
            <translation>{name} lista de participantes.xlsx</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n rows to {path}</source>
            <translation>
                <numerusform>%n fila exportada a {path}</numerusform>
                <numerusform>%n filas exportadas a {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n email addresses</source>
            <translation>
                <numerusform>%n dirección de correo copiada</numerusform>
                <numerusform>%n direcciones de correo copiadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RosterCommand</name>
        <message>
            <source>import contacts from an Excel or CSV roster</source>
            <translation>importar contactos desde una lista de participantes de Excel o CSV</translation>
        </message>
        <message>
            <source>.xlsx, .xlsm, .xls, .ods or .csv file</source>
            <translation>archivo .xlsx, .xlsm, .xls, .ods o .csv</translation>
        </message>
        <message>
            <source>people join this collaborative</source>
            <translation>las personas se incorporan a este colaborativo</translation>
        </message>
        <message>
            <source>their role (default: member)</source>
            <translation>su función (predeterminada: member)</translation>
        </message>
        <message>
            <source>sheet to read (default: first with a header)</source>
            <translation>hoja que se va a leer (predeterminada: la primera con encabezado)</translation>
        </message>
        <message>
            <source>existing contacts: fill empty fields (default), overwrite, or skip</source>
            <translation>contactos existentes: rellenar campos vacíos (predeterminado), sobrescribir u omitir</translation>
        </message>
        <message>
            <source>show what would happen; change nothing</source>
            <translation>mostrar lo que pasaría; no cambiar nada</translation>
        </message>
        <message>
            <source>save rejected rows as .xlsx</source>
            <translation>guardar las filas rechazadas como .xlsx</translation>
        </message>
        <message>
            <source>print one JSON object</source>
            <translation>mostrar un objeto JSON</translation>
        </message>
        <message>
            <source>export a roster to an .xlsx workbook</source>
            <translation>exportar una lista de participantes a un libro .xlsx</translation>
        </message>
        <message>
            <source>the .xlsx file to write</source>
            <translation>el archivo .xlsx que se va a escribir</translation>
        </message>
        <message>
            <source>only this collaborative's members</source>
            <translation>solo los miembros de este colaborativo</translation>
        </message>
        <message>
            <source>leave out contacts without recorded consent</source>
            <translation>omitir los contactos sin consentimiento registrado</translation>
        </message>
        <message>
            <source>list past roster imports (newest first)</source>
            <translation>enumerar las importaciones de listas anteriores (las más recientes primero)</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>mostrar JSON en lugar de una tabla</translation>
        </message>
        <message>
            <source>undo a roster import (see 'imports' for ids)</source>
            <translation>deshacer una importación de lista (ver 'imports' para los id)</translation>
        </message>
        <message>
            <source>{name}: would add {added}, updated {updated}, unchanged {unchanged}, duplicates in file {duplicates}, errors {count_errors}</source>
            <translation>{name}: se añadirían {added}, actualizados {updated}, sin cambios {unchanged}, duplicados en el archivo {duplicates}, errores {count_errors}</translation>
        </message>
        <message>
            <source>{name}: added {added}, updated {updated}, unchanged {unchanged}, duplicates in file {duplicates}, errors {count_errors}</source>
            <translation>{name}: añadidos {added}, actualizados {updated}, sin cambios {unchanged}, duplicados en el archivo {duplicates}, errores {count_errors}</translation>
        </message>
        <message>
            <source>  row {row}: {message}</source>
            <translation>  fila {row}: {message}</translation>
        </message>
        <message>
            <source>import {batch_id}; undo with: undo-import {batch_id}</source>
            <translation>importación {batch_id}; deshacer con: undo-import {batch_id}</translation>
        </message>
        <message>
            <source>{name}: the roster is written as .xlsx; name the file *.xlsx.</source>
            <translation>{name}: la lista de participantes se escribe como .xlsx; darle al archivo la extensión .xlsx.</translation>
        </message>
        <message>
            <source>wrote {count} rows to {out}</source>
            <translation>se escribieron {count} filas en {out}</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>importada</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>added</source>
            <translation>añadidos</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>actualizados</translation>
        </message>
        <message>
            <source>errors</source>
            <translation>errores</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>deshecha</translation>
        </message>
        <message>
            <source>undid import {id} ({file_name})</source>
            <translation>se deshizo la importación {id} ({file_name})</translation>
        </message>
    </context>
    <context>
        <name>RosterExport</name>
        <message>
            <source>Collab Desktop contact id</source>
            <translation>Id de contacto de Collab Desktop</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Participant type</source>
            <translation>Tipo de participante</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Fecha de incorporación</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Lista de participantes</translation>
        </message>
        <message>
            <source>This hidden column links each row to its contact. Leave it as it is.</source>
            <translation>Esta columna oculta vincula cada fila con su contacto. Dejarla como está.</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Filas rechazadas</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>RosterFiles</name>
        <message>
            <source>Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then try again.</source>
            <translation>Abrirlo en Excel y guardarlo como libro de Excel (.xlsx) o CSV, y volver a intentarlo.</translation>
        </message>
        <message>
            <source>{name} has no sheet called {name2!r}. Its sheets: {value}.</source>
            <translation>{name} no tiene ninguna hoja llamada {name2!r}. Sus hojas: {value}.</translation>
        </message>
        <message>
            <source>The sheet {name!r} in {name2} is damaged ({exc}). {SAVE_AS}</source>
            <translation>La hoja {name!r} de {name2} está dañada ({exc}). {SAVE_AS}</translation>
        </message>
        <message>
            <source>No file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>{path} is a folder; choose a roster file.</source>
            <translation>{path} es una carpeta; elegir un archivo de lista de participantes.</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes). Choose the file with the roster.</source>
            <translation>{name} está vacío (0 bytes). Elegir el archivo con la lista de participantes.</translation>
        </message>
        <message>
            <source>{name} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it, and try again.</source>
            <translation>{name} está protegido con contraseña. Abrirlo en Excel, quitar la contraseña (Archivo &gt; Información &gt; Proteger libro), guardarlo y volver a intentarlo.</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook: it holds plain text. If it is a CSV file, rename it to end in .csv; otherwise open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then try again.</source>
            <translation>{name} no es un libro de Excel: contiene texto sin formato. Si es un archivo CSV, cambiarle el nombre para que termine en .csv; si no, abrirlo en Excel y guardarlo como libro de Excel (.xlsx) o CSV, y volver a intentarlo.</translation>
        </message>
        <message>
            <source>{name} is not a workbook that can be read. {SAVE_AS}</source>
            <translation>{name} no es un libro que se pueda leer. {SAVE_AS}</translation>
        </message>
        <message>
            <source>{name} has no sheets. Choose the file with the roster.</source>
            <translation>{name} no tiene hojas. Elegir el archivo con la lista de participantes.</translation>
        </message>
        <message>
            <source>{name} is protected with a password. Remove the password in Excel, save it, and try again.</source>
            <translation>{name} está protegido con contraseña. Quitar la contraseña en Excel, guardarlo y volver a intentarlo.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a complete workbook ({exc}). {SAVE_AS}</source>
            <translation>{name} está dañado o no es un libro completo ({exc}). {SAVE_AS}</translation>
        </message>
        <message>
            <source>{name} is a zip file but not an Excel or OpenDocument workbook. Choose the roster workbook itself.</source>
            <translation>{name} es un archivo zip, pero no un libro de Excel u OpenDocument. Elegir el propio libro de la lista de participantes.</translation>
        </message>
        <message>
            <source>{name} contains XML declarations that workbooks never use (a known way to attack spreadsheet readers), so it was not opened. {SAVE_AS}</source>
            <translation>{name} contiene declaraciones XML que los libros nunca usan (una forma conocida de atacar a los lectores de hojas de cálculo), así que no se abrió. {SAVE_AS}</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (perhaps a download or copy was cut short). Get a fresh copy of the file and try again.</source>
            <translation>{name} está dañado o incompleto (quizá una descarga o copia se interrumpió). Obtener una copia nueva del archivo y volver a intentarlo.</translation>
        </message>
        <message>
            <source>{name} cannot be read ({exc}). {SAVE_AS}</source>
            <translation>{name} no se puede leer ({exc}). {SAVE_AS}</translation>
        </message>
        <message>
            <source>{name} would unpack to {size} MiB, far more than any roster; it was not opened. If it is a real roster, save just the roster sheet as CSV.</source>
            <translation>{name} ocuparía {size} MiB al descomprimirse, mucho más que cualquier lista de participantes; no se abrió. Si es una lista real, guardar solo la hoja de la lista como CSV.</translation>
        </message>
        <message>
            <source>{name} is not a text or CSV file. {SAVE_AS}</source>
            <translation>{name} no es un archivo de texto ni CSV. {SAVE_AS}</translation>
        </message>
    </context>
    <context>
        <name>RosterImport</name>
        <message>
            <source> (started by {user} at {time})</source>
            <translation> (iniciada por {user} a las {time})</translation>
        </message>
        <message>
            <source> (started by {user})</source>
            <translation> (iniciada por {user})</translation>
        </message>
        <message>
            <source> (started at {time})</source>
            <translation> (iniciada a las {time})</translation>
        </message>
        <message>
            <source>Another import into this database is running{holder}; waiting…</source>
            <translation>Hay otra importación en curso en esta base de datos{holder}; esperando…</translation>
        </message>
        <message>
            <source>1 contact had been added by someone else meanwhile and was matched</source>
            <translation>Otra persona había añadido 1 contacto mientras tanto y se emparejó</translation>
        </message>
        <message numerus="yes">
            <source>%n contacts had been added by someone else meanwhile and were matched</source>
            <translation>
                <numerusform>Otra persona había añadido %n contacto mientras tanto y se emparejó</numerusform>
                <numerusform>Otra persona había añadido %n contactos mientras tanto y se emparejaron</numerusform>
            </translation>
        </message>
        <message>
            <source>Another import into this database is still running{holder}. Nothing was changed; try again when it has finished.</source>
            <translation>Todavía hay otra importación en curso en esta base de datos{holder}. No se cambió nada; volver a intentarlo cuando haya terminado.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Se canceló la importación; no se cambió nada.</translation>
        </message>
        <message>
            <source>The contacts changed since the preview (an email is now taken). Preview the import again.</source>
            <translation>Los contactos cambiaron desde la vista previa (un correo ya está en uso). Volver a ver la vista previa de la importación.</translation>
        </message>
        <message>
            <source>membership {id}</source>
            <translation>membresía {id}</translation>
        </message>
        <message>
            <source>{what} was changed by {who} {when} after the preview, so nothing was imported (the import would overwrite that change). Preview the file again.</source>
            <translation>Después de la vista previa, {who} modificó {what} {when}, así que no se importó nada (la importación sobrescribiría ese cambio). Volver a ver la vista previa del archivo.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
    </context>
    <context>
        <name>RosterMapping</name>
        <message>
            <source>(ignore)</source>
            <translation>(ignorar)</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Full name (First Last)</source>
            <translation>Nombre completo (Nombre Apellidos)</translation>
        </message>
        <message>
            <source>Full name (Last, First)</source>
            <translation>Nombre completo (Apellidos, Nombre)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Participant type</source>
            <translation>Tipo de participante</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Joined date</source>
            <translation>Fecha de incorporación</translation>
        </message>
        <message>
            <source>Contact id (from an export)</source>
            <translation>Id de contacto (de una exportación)</translation>
        </message>
    </context>
    <context>
        <name>RosterPlan</name>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>Contact id {raw_id} is not in this database; matched by email or name.</source>
            <translation>El id de contacto {raw_id} no está en esta base de datos; se buscó por correo o nombre.</translation>
        </message>
        <message>
            <source>Several contacts are called {first} {last}; added as a new contact.</source>
            <translation>Varios contactos se llaman {first} {last}; se añadió como contacto nuevo.</translation>
        </message>
        <message>
            <source>Choose one of: {policies}.</source>
            <translation>Elegir una de estas opciones: {policies}.</translation>
        </message>
        <message>
            <source>Map at least one column to Email, a name field or Full name.</source>
            <translation>Asignar al menos una columna a Correo electrónico, a un campo de nombre o a Nombre completo.</translation>
        </message>
        <message>
            <source>No name and no email.</source>
            <translation>Sin nombre ni correo.</translation>
        </message>
        <message>
            <source>Joined date: {exc}.</source>
            <translation>Fecha de incorporación: {exc}.</translation>
        </message>
        <message>
            <source>No collaborative called {value!r}.</source>
            <translation>No hay ningún colaborativo llamado {value!r}.</translation>
        </message>
        <message>
            <source>Duplicate of an earlier row in this file.</source>
            <translation>Duplicado de una fila anterior de este archivo.</translation>
        </message>
        <message>
            <source>{email} already belongs to another contact.</source>
            <translation>{email} ya pertenece a otro contacto.</translation>
        </message>
        <message>
            <source>joins as {role}</source>
            <translation>se incorpora como {role}</translation>
        </message>
    </context>
    <context>
        <name>RosterReader</name>
        <message>
            <source>The sheet {name!r} in {name2} is empty. Choose the sheet or file that holds the roster.</source>
            <translation>La hoja {name!r} de {name2} está vacía. Elegir la hoja o el archivo que contiene la lista de participantes.</translation>
        </message>
        <message>
            <source>No header row found in the sheet {name!r} of {name2}: none of its first 20 rows has two or more column names we know (such as First Name, Last Name, Name, Email). Add a header row, or pick the header row by hand.</source>
            <translation>No se encontró ninguna fila de encabezado en la hoja {name!r} de {name2}: ninguna de sus 20 primeras filas tiene dos o más nombres de columna conocidos (como First Name, Last Name, Nombre, Correo electrónico). Añadir una fila de encabezado o elegirla a mano.</translation>
        </message>
        <message>
            <source>The sheet {name!r} has no row {value}.</source>
            <translation>La hoja {name!r} no tiene la fila {value}.</translation>
        </message>
    </context>
    <context>
        <name>RowLog</name>
        <message>
            <source>{who}'s sign-up for the series {value}</source>
            <translation>la inscripción de {who} en la serie {value}</translation>
        </message>
        <message>
            <source>{label} was removed after this step.</source>
            <translation>{label} se eliminó después de este paso.</translation>
        </message>
        <message>
            <source>{label} was changed after this step{detail}.</source>
            <translation>{label} se modificó después de este paso{detail}.</translation>
        </message>
        <message>
            <source>{label} was used after this step.</source>
            <translation>{label} se usó después de este paso.</translation>
        </message>
        <message>
            <source>{label} cannot come back: it exists again.</source>
            <translation>{label} no puede recuperarse: ya existe de nuevo.</translation>
        </message>
        <message>
            <source>{label} cannot come back: a record it belongs to was deleted.</source>
            <translation>{label} no puede recuperarse: se eliminó un registro al que pertenece.</translation>
        </message>
    </context>
    <context>
        <name>Series</name>
        <message>
            <source>The rule gives more than {MAX_OCCURRENCES} sessions; end it sooner (an end date or a number of times).</source>
            <translation>La regla da más de {MAX_OCCURRENCES} sesiones; terminarla antes (con una fecha de fin o un número de veces).</translation>
        </message>
        <message>
            <source>No series with id {series_id}.</source>
            <translation>No hay ninguna serie con el id {series_id}.</translation>
        </message>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>The rule gives no occurrence; check its end.</source>
            <translation>La regla no da ninguna repetición; revisar su fin.</translation>
        </message>
    </context>
    <context>
        <name>SeriesEdits</name>
        <message>
            <source>Only a saved occurrence can be edited.</source>
            <translation>Solo se puede editar una repetición guardada.</translation>
        </message>
        <message>
            <source>The rule gives no occurrence; check its end.</source>
            <translation>La regla no da ninguna repetición; revisar su fin.</translation>
        </message>
        <message>
            <source>No session with id {session_id}.</source>
            <translation>No hay ninguna sesión con el id {session_id}.</translation>
        </message>
        <message>
            <source>This session is not part of a series.</source>
            <translation>Esta sesión no forma parte de una serie.</translation>
        </message>
    </context>
    <context>
        <name>SeriesRecords</name>
        <message>
            <source>Same presenter</source>
            <translation>Mismo presentador</translation>
        </message>
        <message>
            <source>Same room</source>
            <translation>Misma sala</translation>
        </message>
    </context>
    <context>
        <name>ServerFields</name>
        <message>
            <source>&amp;Server address</source>
            <translation>Dirección del &amp;servidor</translation>
        </message>
        <message>
            <source>Service &amp;name (pg_service.conf, as PGSERVICE)</source>
            <translation>&amp;Nombre de servicio (pg_service.conf, como PGSERVICE)</translation>
        </message>
        <message>
            <source>db.example.org</source>
            <translation>db.example.org</translation>
        </message>
        <message>
            <source>collab</source>
            <translation>collab</translation>
        </message>
        <message>
            <source>your user name on the server (empty: your login name)</source>
            <translation>nombre de usuario en el servidor (vacío: el de inicio de sesión)</translation>
        </message>
        <message>
            <source>Default (prefer)</source>
            <translation>Predeterminado (prefer)</translation>
        </message>
        <message>
            <source>team</source>
            <translation>equipo</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Used for this connection only and never saved. To connect without typing it, put it in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows) or PGPASSWORD.</source>
            <translation>Se usa solo para esta conexión y nunca se guarda. Para conectarse sin escribirla, guardarla en ~/.pgpass (%APPDATA%\postgresql\pgpass.conf en Windows) o en PGPASSWORD.</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>Ser&amp;vice:</source>
            <translation>Ser&amp;vicio:</translation>
        </message>
        <message>
            <source>T&amp;LS (sslmode):</source>
            <translation>T&amp;LS (sslmode):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Cont&amp;raseña:</translation>
        </message>
        <message>
            <source>Give the service name.</source>
            <translation>Falta el nombre del servicio.</translation>
        </message>
        <message>
            <source>Give the host and the database.</source>
            <translation>Faltan el host y la base de datos.</translation>
        </message>
        <message>
            <source>Give the host.</source>
            <translation>Falta el host.</translation>
        </message>
        <message>
            <source>Give the database.</source>
            <translation>Falta la base de datos.</translation>
        </message>
    </context>
    <context>
        <name>ServerWatch</name>
        <message>
            <source>The team database cannot be reached. Your unsaved work is kept; it will be saved when the server is back.</source>
            <translation>No se puede contactar con la base de datos del equipo. El trabajo sin guardar se conserva; se guardará cuando vuelva el servidor.</translation>
        </message>
        <message>
            <source>Team database notice</source>
            <translation>Aviso de la base de datos del equipo</translation>
        </message>
        <message>
            <source>Retry &amp;now</source>
            <translation>Reintentar a&amp;hora</translation>
        </message>
        <message>
            <source>Ask the team database again now</source>
            <translation>Volver a consultar ahora la base de datos del equipo</translation>
        </message>
        <message>
            <source>Ask the team database now instead of waiting for the next try ({key})</source>
            <translation>Consultar ahora la base de datos del equipo en lugar de esperar al siguiente intento ({key})</translation>
        </message>
        <message>
            <source>Retry the &amp;team database now</source>
            <translation>Reintentar ahora con la &amp;base de datos del equipo</translation>
        </message>
        <message>
            <source>Ask the team database again and save the waiting forms</source>
            <translation>Volver a consultar la base de datos del equipo y guardar los formularios en espera</translation>
        </message>
        <message>
            <source>{title} (waiting for the server)</source>
            <translation>{title} (esperando al servidor)</translation>
        </message>
        <message>
            <source>Asking the team database…</source>
            <translation>Consultando la base de datos del equipo…</translation>
        </message>
        <message>
            <source>Next try at {time}.</source>
            <translation>Siguiente intento a las {time}.</translation>
        </message>
        <message numerus="yes">
            <source>Back online: saved %n changes</source>
            <translation>
                <numerusform>Conexión recuperada: se guardó %n cambio</numerusform>
                <numerusform>Conexión recuperada: se guardaron %n cambios</numerusform>
            </translation>
        </message>
        <message>
            <source>Back online.</source>
            <translation>Conexión recuperada.</translation>
        </message>
        <message numerus="yes">
            <source>%n forms were not saved: see the message in the form.</source>
            <translation>
                <numerusform>%n formulario no se guardó: ver el mensaje en el formulario.</numerusform>
                <numerusform>%n formularios no se guardaron: ver el mensaje en cada formulario.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionCalendar</name>
        <message>
            <source>Calendar of sessions</source>
            <translation>Calendario de sesiones</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <source>Choose the month</source>
            <translation>Elegir el mes</translation>
        </message>
        <message>
            <source>Choose the year</source>
            <translation>Elegir el año</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>{day}: no sessions.</source>
            <translation>{day}: sin sesiones.</translation>
        </message>
        <message>
            <source>{day}: 1 session. {sessions}</source>
            <translation>{day}: 1 sesión. {sessions}</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n sessions. {sessions}</source>
            <translation>
                <numerusform>{day}: %n sesión. {sessions}</numerusform>
                <numerusform>{day}: %n sesiones. {sessions}</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} Arrow keys move between days, Page Up and Page Down between months, Enter opens the day.</source>
            <translation>{day} Las flechas se mueven entre días, Re Pág y Av Pág entre meses, Intro abre el día.</translation>
        </message>
        <message>
            <source>{start}–{end}  {title} ({collaborative})</source>
            <translation>{start}–{end}  {title} ({collaborative})</translation>
        </message>
        <message>
            <source>{session} · cancelled</source>
            <translation>{session} · cancelada</translation>
        </message>
        <message>
            <source>{session} · held on the old day (the series has moved)</source>
            <translation>{session} · se mantiene en el día anterior (la serie cambió de día)</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionCalendarPane</name>
        <message>
            <source>Sessions: calendar or list</source>
            <translation>Sesiones: calendario o lista</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Not saved: choose which sessions of the series the change is for.</source>
            <translation>No se guardó: elegir a qué sesiones de la serie se aplica el cambio.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro de llegada</translation>
        </message>
    </context>
    <context>
        <name>SessionCalendarView</name>
        <message>
            <source>Agenda: day</source>
            <translation>Agenda: día</translation>
        </message>
        <message>
            <source>Agenda: week</source>
            <translation>Agenda: semana</translation>
        </message>
        <message>
            <source>Agenda: month</source>
            <translation>Agenda: mes</translation>
        </message>
        <message>
            <source>{day}  {start}–{end}</source>
            <translation>{day}  {start}–{end}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Semana del {day}</translation>
        </message>
        <message>
            <source>{span} — 1 session</source>
            <translation>{span} — 1 sesión</translation>
        </message>
        <message numerus="yes">
            <source>{span} — %n sessions</source>
            <translation>
                <numerusform>{span} — %n sesión</numerusform>
                <numerusform>{span} — %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Show the sessions of</source>
            <translation>Mostrar las sesiones de</translation>
        </message>
        <message>
            <source>Agenda span</source>
            <translation>Alcance de la agenda</translation>
        </message>
        <message>
            <source>How many days the agenda under the calendar lists</source>
            <translation>Cuántos días muestra la agenda bajo el calendario</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T)</source>
            <translation>Ir a hoy (Ctrl+T)</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>Check-in…</source>
            <translation>Registro de llegada…</translation>
        </message>
        <message>
            <source>Open check-in mode for the selected session</source>
            <translation>Abrir el registro de llegada de la sesión seleccionada</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Filter the agenda</source>
            <translation>Filtrar la agenda</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Every collaborative</source>
            <translation>Todos</translation>
        </message>
    </context>
    <context>
        <name>SessionCommand</name>
        <message>
            <source>add a session or a recurring series</source>
            <translation>añadir una sesión o una serie periódica</translation>
        </message>
        <message>
            <source>name, short name, or 'all'</source>
            <translation>nombre, nombre corto o 'all'</translation>
        </message>
        <message>
            <source>local time</source>
            <translation>hora local</translation>
        </message>
        <message>
            <source>e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12</source>
            <translation>p. ej., FREQ=MONTHLY;BYDAY=2TU;COUNT=12</translation>
        </message>
        <message>
            <source>also add a linked follow-up session</source>
            <translation>añadir también una sesión de seguimiento vinculada</translation>
        </message>
        <message>
            <source>print the created sessions as JSON</source>
            <translation>mostrar las sesiones creadas como JSON</translation>
        </message>
        <message>
            <source>register a contact for a session (or its whole series)</source>
            <translation>inscribir a un contacto en una sesión (o en toda su serie)</translation>
        </message>
        <message>
            <source>sign up for every future occurrence</source>
            <translation>inscribir en todas las repeticiones futuras</translation>
        </message>
        <message>
            <source>register someone outside the role a session is restricted to</source>
            <translation>inscribir a alguien ajeno a la función a la que está restringida la sesión</translation>
        </message>
        <message>
            <source>print the status (and waitlist place)</source>
            <translation>mostrar el estado (y el puesto en la lista de espera)</translation>
        </message>
        <message>
            <source>{option} must look like 2026-01-13T12:00 (got {text!r}).</source>
            <translation>{option} debe tener la forma 2026-01-13T12:00 (se recibió {text!r}).</translation>
        </message>
        <message>
            <source>warning: session {session_id}: {what}</source>
            <translation>aviso: sesión {session_id}: {what}</translation>
        </message>
        <message>
            <source>Session {id} is not part of a series; drop --series.</source>
            <translation>La sesión {id} no forma parte de una serie; quitar --series.</translation>
        </message>
        <message>
            <source>Signed up {display_name} for the series ({n} upcoming sessions).</source>
            <translation>{display_name} inscrito en la serie (próximas sesiones: {n}).</translation>
        </message>
        <message>
            <source>{exc} Add --any-role to register them anyway.</source>
            <translation>{exc} Añadir --any-role para inscribirlo de todos modos.</translation>
        </message>
        <message>
            <source>Session {id} is full: {display_name} is on the waitlist at place {waitlist_position} (registration {id2}).</source>
            <translation>La sesión {id} está completa: {display_name} está en la lista de espera en el puesto {waitlist_position} (inscripción {id2}).</translation>
        </message>
        <message>
            <source>Registered {display_name} for session {id} (registration {id2}).</source>
            <translation>{display_name} inscrito en la sesión {id} (inscripción {id2}).</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Presenter(s)</source>
            <translation>Ponente(s)</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Aforo</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Only for role</source>
            <translation>Solo para el rol</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Repeating series</source>
            <translation>Serie periódica</translation>
        </message>
        <message>
            <source>Original start in its series</source>
            <translation>Inicio original en su serie</translation>
        </message>
        <message>
            <source>Follow-up of</source>
            <translation>Seguimiento de</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>e.g. Dr. Rivera; Dr. Chen</source>
            <translation>p. ej., Dra. Rivera; Dr. Chen</translation>
        </message>
        <message>
            <source>Open to everyone</source>
            <translation>Abierta a todos</translation>
        </message>
        <message>
            <source>&amp;Collaborative</source>
            <translation>&amp;Colaborativo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Lugar</translation>
        </message>
        <message>
            <source>&amp;Presenter(s)</source>
            <translation>&amp;Ponente(s)</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>Add a follow-up session right after (e.g. private session)</source>
            <translation>Añadir una sesión de seguimiento justo después (p. ej., sesión privada)</translation>
        </message>
        <message>
            <source>Private session</source>
            <translation>Sesión privada</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Follow-up title</source>
            <translation>Título del seguimiento</translation>
        </message>
        <message>
            <source>Follow-up length</source>
            <translation>Duración del seguimiento</translation>
        </message>
        <message>
            <source>Follow-up only for role</source>
            <translation>Seguimiento solo para el rol</translation>
        </message>
        <message>
            <source>Cancel this session…</source>
            <translation>Cancelar esta sesión…</translation>
        </message>
        <message>
            <source>Call off this session; in a series the date is kept as a skipped date</source>
            <translation>Suspender esta sesión; en una serie, la fecha se conserva como fecha omitida</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>Who changed what in this session, and when (Ctrl+Shift+H)</source>
            <translation>Quién cambió qué en esta sesión, y cuándo (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>History of this session</source>
            <translation>Historial de esta sesión</translation>
        </message>
        <message>
            <source>Created and changed by</source>
            <translation>Creación y modificación</translation>
        </message>
        <message>
            <source>Restored work</source>
            <translation>Trabajo restaurado</translation>
        </message>
        <message>
            <source>Conflict: {conflicts}</source>
            <translation>Conflicto: {conflicts}</translation>
        </message>
        <message>
            <source>Overlapping session</source>
            <translation>Sesión superpuesta</translation>
        </message>
        <message>
            <source>{conflicts}

Save anyway?</source>
            <translation>{conflicts}

¿Guardar de todos modos?</translation>
        </message>
        <message>
            <source>Location or link</source>
            <translation>Lugar o enlace</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Cancelar sesión</translation>
        </message>
        <message>
            <source>Cancel {title} on {date}?</source>
            <translation>¿Cancelar {title} del {date}?</translation>
        </message>
        <message>
            <source>A new repeat pattern changes the series: choose “This and following” or “Whole series” to save it.</source>
            <translation>Un nuevo patrón de repetición cambia la serie: para guardarlo, elegir «Esta y las siguientes» o «Toda la serie».</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>This session was deleted after this work was kept: Save creates it again as a new session.</source>
            <translation>Esta sesión se eliminó después de conservar este trabajo: Guardar la vuelve a crear como una sesión nueva.</translation>
        </message>
        <message>
            <source>Restored: this work was kept while the team database could not be reached. Check it, then save.</source>
            <translation>Restaurado: este trabajo se conservó mientras no se podía acceder a la base de datos del equipo. Revisarlo y después guardar.</translation>
        </message>
    </context>
    <context>
        <name>SessionFields</name>
        <message>
            <source>No limit</source>
            <translation>Sin límite</translation>
        </message>
        <message>
            <source>All collaboratives (e.g. the October gathering)</source>
            <translation>Todos los colaborativos (p. ej., el encuentro de octubre)</translation>
        </message>
    </context>
    <context>
        <name>SessionFileActions</name>
        <message>
            <source>Export sign-up sheet…</source>
            <translation>Exportar hoja de inscripción…</translation>
        </message>
        <message>
            <source>Read attendance…</source>
            <translation>Leer asistencia…</translation>
        </message>
        <message>
            <source>Read a filled-in sign-up sheet, or a Zoom or Teams attendance report</source>
            <translation>Leer una hoja de inscripción rellenada, o un informe de asistencia de Zoom o Teams</translation>
        </message>
        <message>
            <source>Export calendar (.ics)…</source>
            <translation>Exportar calendario (.ics)…</translation>
        </message>
        <message>
            <source>Select a session first (in the calendar or the list).</source>
            <translation>Primero hay que seleccionar una sesión (en el calendario o en la lista).</translation>
        </message>
        <message>
            <source>Export sign-up sheet</source>
            <translation>Exportar hoja de inscripción</translation>
        </message>
        <message>
            <source>Blank rows for walk-ins:</source>
            <translation>Filas en blanco para asistentes sin inscripción:</translation>
        </message>
        <message>
            <source>Sign-up {title} {date}.xlsx</source>
            <translation>Inscripción {title} {date}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Sign-up sheet written to {path}</source>
            <translation>Hoja de inscripción guardada en {path}</translation>
        </message>
        <message>
            <source>Read attendance</source>
            <translation>Leer asistencia</translation>
        </message>
        <message>
            <source>Sign-up sheets and meeting reports (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV file (*.csv);;All files (*)</source>
            <translation>Hojas de inscripción e informes de reuniones (*.xlsx *.csv);;Libro de Excel (*.xlsx);;Archivo CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{file} is a report of a meeting on {report_day}, but {session} was on {session_day}.

Is it the right file? Read it for this session anyway?</source>
            <translation>{file} es el informe de una reunión del {report_day}, pero {session} fue el {session_day}.

¿Es el archivo correcto? ¿Leerlo para esta sesión de todos modos?</translation>
        </message>
        <message>
            <source>Reading the attendance file…</source>
            <translation>Leyendo el archivo de asistencia…</translation>
        </message>
        <message>
            <source>Recorded {attended} attended ({walk_ins} walk-ins) from the {source} report; {left} left out. Ctrl+Z undoes this.</source>
            <translation>Registradas {attended} asistencias ({walk_ins} sin inscripción) del informe de {source}; {left} fuera. Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Recorded {attended} attended, {absent} absent, {walk_ins} walk-ins.</source>
            <translation>Registrados {attended} asistentes, {absent} ausentes, {walk_ins} sin inscripción.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exportar calendario</translation>
        </message>
        <message>
            <source>sessions.ics</source>
            <translation>sesiones.ics</translation>
        </message>
        <message>
            <source>Calendar file (*.ics)</source>
            <translation>Archivo de calendario (*.ics)</translation>
        </message>
        <message numerus="yes">
            <source>%n calendar event(s) written to {path}</source>
            <translation>
                <numerusform>%n evento de calendario guardado en {path}</numerusform>
                <numerusform>%n eventos de calendario guardados en {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sessions</name>
        <message>
            <source>All collaboratives</source>
            <translation>Todos los colaborativos</translation>
        </message>
        <message>
            <source>No session with id {session_id}. Run 'list sessions' to see the ids.</source>
            <translation>No hay ninguna sesión con el id {session_id}. Ejecutar «list sessions» para ver los id.</translation>
        </message>
        <message>
            <source>No collaborative with id {collaborative_id}.</source>
            <translation>No hay ningún colaborativo con el id {collaborative_id}.</translation>
        </message>
        <message>
            <source>No session with id {id}.</source>
            <translation>No hay ninguna sesión con el id {id}.</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <source>{weekday} {date}  {start}–{end}</source>
            <translation>{weekday} {date}  {start}–{end}</translation>
        </message>
        <message>
            <source>{registered}/{capacity}</source>
            <translation>{registered}/{capacity}</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Search title, location or presenter</source>
            <translation>Buscar título, lugar o ponente</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Create a new session (Ctrl+N)</source>
            <translation>Crear una sesión nueva (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete the selected session (Del)</source>
            <translation>Eliminar la sesión seleccionada (Supr)</translation>
        </message>
        <message>
            <source>Session details</source>
            <translation>Datos de la sesión</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>Ninguna sesión seleccionada</translation>
        </message>
        <message>
            <source>The new session</source>
            <translation>La nueva sesión</translation>
        </message>
        <message>
            <source>The sessions could not be loaded: {reason}</source>
            <translation>No se pudieron cargar las sesiones: {reason}</translation>
        </message>
        <message>
            <source>Who changed what in this session, and when (Ctrl+Shift+H)</source>
            <translation>Quién cambió qué en esta sesión, y cuándo (Ctrl+Shift+H)</translation>
        </message>
        <message>
            <source>History of this session</source>
            <translation>Historial de esta sesión</translation>
        </message>
        <message numerus="yes">
            <source>%n sessions</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>&amp;Collaborative</source>
            <translation>&amp;Colaborativo</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>Ti&amp;po</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Fin</translation>
        </message>
        <message>
            <source>Location or link</source>
            <translation>Lugar o enlace</translation>
        </message>
        <message>
            <source>Presenter(s)</source>
            <translation>Ponente(s)</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidad</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Overlapping session</source>
            <translation>Sesión superpuesta</translation>
        </message>
        <message>
            <source>{overlaps}

Save anyway?</source>
            <translation>{overlaps}

¿Guardar de todos modos?</translation>
        </message>
        <message>
            <source>Not saved: {overlaps}</source>
            <translation>No se guardó: {overlaps}</translation>
        </message>
        <message>
            <source>{title} — {date}</source>
            <translation>{title} — {date}</translation>
        </message>
    </context>
    <context>
        <name>SignupSheet</name>
        <message>
            <source>#</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organization or role</source>
            <translation>Organización o función</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>The number of blank rows cannot be negative.</source>
            <translation>El número de filas en blanco no puede ser negativo.</translation>
        </message>
        <message>
            <source>Sign-up sheet</source>
            <translation>Hoja de inscripción</translation>
        </message>
        <message>
            <source>Sign-up sheet: {title}</source>
            <translation>Hoja de inscripción: {title}</translation>
        </message>
        <message>
            <source>Location: {location}</source>
            <translation>Lugar: {location}</translation>
        </message>
        <message>
            <source>Presenter: {presenter}</source>
            <translation>Presentador: {presenter}</translation>
        </message>
        <message>
            <source>Please print your name if it is not listed, and sign. Tick 'Here' if you attend.</source>
            <translation>Escribir el nombre en letra de imprenta si no figura en la lista, y firmar. Marcar «Presente» en caso de asistir.</translation>
        </message>
        <message>
            <source>Waitlist (in order)</source>
            <translation>Lista de espera (por orden)</translation>
        </message>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <comment>spreadsheet footer</comment>
            <translation>Página &amp;P de &amp;N</translation>
        </message>
    </context>
    <context>
        <name>SignupSheetCommand</name>
        <message>
            <source>write a printable sign-up sheet (.xlsx)</source>
            <translation>crear una hoja de inscripción para imprimir (.xlsx)</translation>
        </message>
        <message>
            <source>walk-in rows</source>
            <translation>filas para asistentes sin inscripción</translation>
        </message>
        <message>
            <source>leave out people without recorded consent</source>
            <translation>omitir a las personas sin consentimiento registrado</translation>
        </message>
        <message>
            <source>record attendance from a filled-in sheet or a Zoom or Teams attendance report</source>
            <translation>registrar la asistencia desde una hoja rellenada o un informe de asistencia de Zoom o Teams</translation>
        </message>
        <message>
            <source>show what would change, change nothing</source>
            <translation>mostrar lo que cambiaría, sin cambiar nada</translation>
        </message>
        <message>
            <source>print the counts as JSON</source>
            <translation>mostrar los recuentos como JSON</translation>
        </message>
        <message>
            <source>minutes in the meeting to count</source>
            <translation>minutos en la reunión para contar</translation>
        </message>
        <message>
            <source>share of the session to count (default 0.5)</source>
            <translation>proporción de la sesión para contar (predeterminado: 0.5)</translation>
        </message>
        <message>
            <source>add unknown people as contacts and walk-ins</source>
            <translation>añadir a las personas desconocidas como contactos y asistentes sin inscripción</translation>
        </message>
        <message>
            <source>read a report of another day anyway</source>
            <translation>leer de todos modos un informe de otro día</translation>
        </message>
        <message>
            <source>write sessions to a calendar file (.ics)</source>
            <translation>escribir sesiones en un archivo de calendario (.ics)</translation>
        </message>
        <message>
            <source>a series id (see list sessions --json)</source>
            <translation>un id de serie (ver list sessions --json)</translation>
        </message>
        <message>
            <source>--blank-rows must be between 0 and 500.</source>
            <translation>--blank-rows debe estar entre 0 y 500.</translation>
        </message>
        <message>
            <source>{name}: the sign-up sheet is an Excel file; name it .xlsx.</source>
            <translation>{name}: la hoja de inscripción es un archivo de Excel; darle la extensión .xlsx.</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Se creó {path}</translation>
        </message>
        <message>
            <source>Would record: {attended} attended, {absent} absent, walk-ins added: {walk_ins_added} (new contacts: {contacts_created}).</source>
            <translation>Se registraría: {attended} asistieron, {absent} ausentes, asistentes sin inscripción añadidos: {walk_ins_added} (contactos nuevos: {contacts_created}).</translation>
        </message>
        <message>
            <source>Recorded: {attended} attended, {absent} absent, walk-ins added: {walk_ins_added} (new contacts: {contacts_created}).</source>
            <translation>Registrado: {attended} asistieron, {absent} ausentes, asistentes sin inscripción añadidos: {walk_ins_added} (contactos nuevos: {contacts_created}).</translation>
        </message>
        <message>
            <source>note: {problem}</source>
            <translation>nota: {problem}</translation>
        </message>
        <message>
            <source>Would record from the {source} report: {attended} attended (walk-ins: {walk_ins}); at least {min_minutes:g} minutes counted.</source>
            <translation>Se registraría desde el informe de {source}: {attended} asistieron (sin inscripción: {walk_ins}); se cuentan al menos {min_minutes:g} minutos.</translation>
        </message>
        <message>
            <source>Recorded from the {source} report: {attended} attended (walk-ins: {walk_ins}); at least {min_minutes:g} minutes counted.</source>
            <translation>Registrado desde el informe de {source}: {attended} asistieron (sin inscripción: {walk_ins}); se cuentan al menos {min_minutes:g} minutos.</translation>
        </message>
        <message>
            <source>  {minutes:6.1f} min  {name}</source>
            <translation>  {minutes:6.1f} min  {name}</translation>
        </message>
        <message>
            <source>below the minimum (kept as they were): {label}</source>
            <translation>por debajo del mínimo (se dejan como estaban): {label}</translation>
        </message>
        <message>
            <source>not matched (left out; --add-unmatched adds them): {label}</source>
            <translation>sin coincidencia (se omiten; --add-unmatched los añade): {label}</translation>
        </message>
        <message>
            <source>ambiguous (left out; several contacts have this name): {name} could be {candidates}</source>
            <translation>ambiguo (se omite; varios contactos tienen este nombre): {name} podría ser {candidates}</translation>
        </message>
        <message>
            <source>Wrote 1 event to {out}</source>
            <translation>Se escribió 1 evento en {out}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n events to {out}</source>
            <translation>
                <numerusform>Se escribió %n evento en {out}</numerusform>
                <numerusform>Se escribieron %n eventos en {out}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignupSheetReader</name>
        <message>
            <source>No such file: {path}</source>
            <translation>No existe el archivo: {path}</translation>
        </message>
        <message>
            <source>{file} is far too large to be a sign-up sheet.</source>
            <translation>{file} es demasiado grande para ser una hoja de inscripción.</translation>
        </message>
        <message>
            <source>{file} is not an .xlsx workbook (or it is password-protected).</source>
            <translation>{file} no es un libro .xlsx (o está protegido con contraseña).</translation>
        </message>
        <message>
            <source>{file} cannot be read as a sign-up sheet: {problem}</source>
            <translation>{file} no se puede leer como hoja de inscripción: {problem}</translation>
        </message>
        <message>
            <source>{file} is not a Collab Desktop sign-up sheet (export one with File &gt; Export sign-up sheet).</source>
            <translation>{file} no es una hoja de inscripción de Collab Desktop (exportar una con Archivo &gt; Exportar hoja de inscripción).</translation>
        </message>
        <message>
            <source>The sheet's table header is missing; was the sheet changed?</source>
            <translation>Falta el encabezado de la tabla de la hoja; ¿se modificó la hoja?</translation>
        </message>
    </context>
    <context>
        <name>SignupSheets</name>
        <message>
            <source>The number of blank rows cannot be negative.</source>
            <translation>El número de filas en blanco no puede ser negativo.</translation>
        </message>
        <message>
            <source>{name} is the sign-up sheet of session {session_id}, not of session {session_id2}.</source>
            <translation>{name} es la hoja de inscripción de la sesión {session_id}, no de la sesión {session_id2}.</translation>
        </message>
        <message>
            <source>Row {row_number}: registration {registration_id} is not in this session; skipped.</source>
            <translation>Fila {row_number}: la inscripción {registration_id} no es de esta sesión; se omite.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>Row {row_number}: walk-in {label!r} has no email; not added.</source>
            <translation>Fila {row_number}: el asistente sin inscripción {label!r} no tiene correo; no se añade.</translation>
        </message>
        <message>
            <source>Row {row_number}: {email} is written twice; counted once.</source>
            <translation>Fila {row_number}: {email} aparece dos veces; se cuenta una vez.</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>another window</source>
            <translation>otra ventana</translation>
        </message>
        <message>
            <source>{app} (process {pid} on {host})</source>
            <translation>{app} (proceso {pid} en {host})</translation>
        </message>
        <message>
            <source>Database already open</source>
            <translation>Base de datos ya abierta</translation>
        </message>
        <message>
            <source>{name} is already open in another {app} window.</source>
            <translation>{name} ya está abierta en otra ventana de {app}.</translation>
        </message>
        <message>
            <source>Only one window at a time can make changes, so nothing is saved twice. Switch to the other window, or look at the data here without changing it.

Open in: {holder}</source>
            <translation>Solo una ventana a la vez puede hacer cambios, para que nada se guarde dos veces. Cambie a la otra ventana o consulte los datos aquí sin modificarlos.

Abierta en: {holder}</translation>
        </message>
        <message>
            <source>Switch to the other window</source>
            <translation>Cambiar a la otra ventana</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
    </context>
    <context>
        <name>StaleRecord</name>
        <message>
            <source>{changed} (version {stored}; you had {yours})</source>
            <translation>{changed} (versión {stored}; se partió de la {yours})</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>{path} could not be opened: {reason}.</source>
            <translation>No se pudo abrir {path}: {reason}.</translation>
        </message>
        <message>
            <source>{app}: team database</source>
            <translation>{app}: base de datos de equipo</translation>
        </message>
        <message>
            <source>Check that the server is running and that this computer can reach it (a VPN, a firewall), or ask the server's administrator. Retry once it is back, or work in a database file on this computer meanwhile.</source>
            <translation>Compruebe que el servidor está en marcha y que este equipo puede alcanzarlo (una VPN, un cortafuegos), o consulte al administrador del servidor. Reintente cuando vuelva a estar disponible o, mientras tanto, trabaje en un archivo de base de datos de este equipo.</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>Open a &amp;local file…</source>
            <translation>Abrir un archivo &amp;local…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Open a local database file</source>
            <translation>Abrir un archivo de base de datos local</translation>
        </message>
        <message>
            <source>The other window did not answer; look for it on your screen.</source>
            <translation>La otra ventana no respondió; búsquela en la pantalla.</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>Learning collaboratives report, {dates}</source>
            <translation>Informe de colaborativos de aprendizaje, {dates}</translation>
        </message>
        <message>
            <source>Use the paper {papers}.</source>
            <translation>Usar el papel {papers}.</translation>
        </message>
        <message>
            <source>The summary could not be written to {path}: {value}</source>
            <translation>No se pudo escribir el resumen en {path}: {value}</translation>
        </message>
    </context>
    <context>
        <name>SummaryCommand</name>
        <message>
            <source>write the one-page PDF summary of the reports (figures, charts, a table)</source>
            <translation>crear el resumen en PDF de una página de los informes (datos, gráficos, una tabla)</translation>
        </message>
        <message>
            <source>the PDF to write</source>
            <translation>el PDF que se va a escribir</translation>
        </message>
        <message>
            <source>only this collaborative</source>
            <translation>solo este colaborativo</translation>
        </message>
        <message>
            <source>first day</source>
            <translation>primer día</translation>
        </message>
        <message>
            <source>last day</source>
            <translation>último día</translation>
        </message>
        <message>
            <source>count people who attended at least N sessions of a series (default 3)</source>
            <translation>contar a quienes asistieron al menos a N sesiones de una serie (predeterminado: 3)</translation>
        </message>
        <message>
            <source>paper size (default: from the locale, Letter in the US and Canada)</source>
            <translation>tamaño de papel (predeterminado: según la configuración regional; Carta en EE. UU. y Canadá)</translation>
        </message>
        <message>
            <source>print what was written as JSON</source>
            <translation>mostrar como JSON lo que se escribió</translation>
        </message>
        <message>
            <source>the summary file must end in .pdf: {out}</source>
            <translation>el archivo del resumen debe terminar en .pdf: {out}</translation>
        </message>
        <message>
            <source>no such folder: {parent}</source>
            <translation>no existe la carpeta: {parent}</translation>
        </message>
        <message>
            <source>Wrote {file} ({paper}): {title}, {subtitle}; {active_members} active members, {sessions} sessions, {attended} attendances.</source>
            <translation>Se creó {file} ({paper}): {title}, {subtitle}; {active_members} miembros activos, {sessions} sesiones, {attended} asistencias.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPdf</name>
        <message>
            <source>person active in more than one collaborative</source>
            <translation>persona activa en más de un colaborativo</translation>
        </message>
        <message>
            <source>people active in more than one collaborative</source>
            <translation>personas activas en varios colaborativos</translation>
        </message>
        <message>
            <source>person attended at least {count} sessions of a series</source>
            <translation>persona con {count} o más sesiones de una serie</translation>
        </message>
        <message>
            <source>people attended at least {count} sessions of a series</source>
            <translation>personas con {count} o más sesiones de una serie</translation>
        </message>
        <message>
            <source>attended, {absent} absent, {excused} excused (attendance rate {rate})</source>
            <translation>asistieron, {absent} ausentes, {excused} justificados (tasa {rate})</translation>
        </message>
        <message>
            <source>active members</source>
            <translation>miembros activos</translation>
        </message>
        <message>
            <source>sessions (cancelled ones left out)</source>
            <translation>sesiones (sin las canceladas)</translation>
        </message>
        <message>
            <source>of attendees are patient and family partners</source>
            <translation>de los asistentes: pacientes y familiares</translation>
        </message>
        <message>
            <source>Annual gathering {year}: {people} people from {collaboratives} collaboratives attended (attendance rate {rate}), {partners} patient and family partners.</source>
            <translation>Encuentro anual {year}: asistieron {people} personas de {collaboratives} colaborativos (tasa de asistencia {rate}), {partners} pacientes y familiares colaboradores.</translation>
        </message>
        <message>
            <source>Members are counted once each; attendances are sessions attended. Cancelled sessions are left out. Made with Collab Desktop.</source>
            <translation>Cada miembro se cuenta una vez; las asistencias son sesiones a las que se asistió. No se cuentan las sesiones canceladas. Hecho con Collab Desktop.</translation>
        </message>
        <message>
            <source>Attendance over time</source>
            <translation>Asistencia a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscritos</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistieron</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Members by participant type</source>
            <translation>Miembros por tipo de participante</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivos</translation>
        </message>
        <message>
            <source>Made {day}</source>
            <translation>Creado el {day}</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <source>Members and attendances by participant type</source>
            <translation>Miembros y asistencias por tipo de participante</translation>
        </message>
        <message>
            <source>No members in scope.</source>
            <translation>No hay miembros en este ámbito.</translation>
        </message>
        <message>
            <source>Participant type</source>
            <translation>Tipo de participante</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>SwitchingEditor</name>
        <message>
            <source>Save the changes?</source>
            <translation>¿Guardar los cambios?</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Trabajando</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabase</name>
        <message>
            <source>Connect to &amp;team database…</source>
            <translation>Conectar a una base de datos de &amp;equipo…</translation>
        </message>
        <message>
            <source>Open a shared database on a PostgreSQL server</source>
            <translation>Abrir una base de datos compartida en un servidor PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Move this database to a team server…</source>
            <translation>&amp;Mover esta base de datos a un servidor de equipo…</translation>
        </message>
        <message>
            <source>Copy this file's records into an empty server database</source>
            <translation>Copiar los registros de este archivo en una base de datos vacía del servidor</translation>
        </message>
        <message>
            <source>Connect to team database</source>
            <translation>Conectar a una base de datos de equipo</translation>
        </message>
        <message>
            <source>Open a Collab Desktop database on a PostgreSQL server, shared by the coordinators of your programme. An empty database is set up the first time it is opened.</source>
            <translation>Abrir una base de datos de Collab Desktop en un servidor PostgreSQL, compartida por los coordinadores del programa. Una base de datos vacía se prepara la primera vez que se abre.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Move this database to a team server</source>
            <translation>Mover esta base de datos a un servidor de equipo</translation>
        </message>
        <message>
            <source>Copy every record of this database file into an empty database on a PostgreSQL server (ask the server's administrator for one). The file stays as it is.</source>
            <translation>Copiar todos los registros de este archivo de base de datos en una base de datos vacía de un servidor PostgreSQL (la proporciona el administrador del servidor). El archivo queda como está.</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Mover</translation>
        </message>
        <message>
            <source>Copying to {where}…</source>
            <translation>Copiando a {where}…</translation>
        </message>
        <message>
            <source>Move to a team server</source>
            <translation>Mover a un servidor de equipo</translation>
        </message>
        <message>
            <source>Copying {file} to {where}…</source>
            <translation>Copiando {file} a {where}…</translation>
        </message>
        <message>
            <source>Copied {counts} to {target}.

Open the team database now? From then on, work there: changes made in the file are not copied again.</source>
            <translation>Se copiaron {counts} a {target}.

¿Abrir ahora la base de datos de equipo? A partir de entonces, se trabaja allí: los cambios hechos en el archivo no se vuelven a copiar.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>Connect once and say what the database holds; changes nothing</source>
            <translation>Conectar una vez e indicar lo que contiene la base de datos; no cambia nada</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Resultado de la prueba</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
    </context>
    <context>
        <name>TeamServer</name>
        <message>
            <source>{target} is not a team server's address.</source>
            <translation>{target} no es la dirección de un servidor del equipo.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version}. The database is empty: Collab Desktop sets it up when you open it.</source>
            <translation>Conectado a PostgreSQL {version}. La base de datos está vacía: Collab Desktop la prepara al abrirla.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version}, but the database holds {count} tables that are not Collab Desktop's. Choose an empty database or one made by Collab Desktop.</source>
            <translation>Conectado a PostgreSQL {version}, pero la base de datos contiene {count} tablas que no son de Collab Desktop. Elegir una base de datos vacía o una creada por Collab Desktop.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version}: a Collab Desktop database (schema {schema}), ready.</source>
            <translation>Conectado a PostgreSQL {version}: una base de datos de Collab Desktop (esquema {schema}), lista.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version}: a Collab Desktop database of an older release (schema {schema}; this release uses {head}). Upgrade it on purpose with upgrade-db before opening it.</source>
            <translation>Conectado a PostgreSQL {version}: una base de datos de Collab Desktop de una versión anterior (esquema {schema}; esta versión usa {head}). Actualizarla expresamente con upgrade-db antes de abrirla.</translation>
        </message>
        <message>
            <source>Connected to PostgreSQL {version}: a Collab Desktop database of a newer release (schema {schema}). Install that release to open it.</source>
            <translation>Conectado a PostgreSQL {version}: una base de datos de Collab Desktop de una versión más reciente (esquema {schema}). Instalar esa versión para abrirla.</translation>
        </message>
        <message>
            <source>Nothing was copied. {message}</source>
            <translation>No se copió nada. {message}</translation>
        </message>
        <message>
            <source>{where} is not empty ({tables} tables); nothing was copied. A database is moved only into an empty one: ask the server's administrator for a new database (createdb), or open this one with File &gt; Connect to team database.</source>
            <translation>{where} no está vacía ({tables} tablas); no se copió nada. Una base de datos solo se traslada a una vacía: pedir al administrador del servidor una base de datos nueva (createdb) o abrir esta con Archivo &gt; Conectar a base de datos del equipo.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptExport</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Credits</source>
            <translation>Créditos</translation>
        </message>
        <message>
            <source>Credit type</source>
            <translation>Tipo de crédito</translation>
        </message>
        <message>
            <source>no sessions attended</source>
            <translation>no asistió a ninguna sesión</translation>
        </message>
        <message>
            <source>Transcript</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Transcript of attendance</source>
            <translation>Historial de asistencia</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Emitido</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Total: 1 session</source>
            <translation>Total: 1 sesión</translation>
        </message>
        <message numerus="yes">
            <source>Total: %n sessions</source>
            <translation>
                <numerusform>Total: %n sesión</numerusform>
                <numerusform>Total: %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Transcript of attendance: {name}</source>
            <translation>Historial de asistencia: {name}</translation>
        </message>
    </context>
    <context>
        <name>Transcripts</name>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la de inicio.</translation>
        </message>
        <message>
            <source>No contact with id {contact_id}.</source>
            <translation>No hay ningún contacto con el id {contact_id}.</translation>
        </message>
        <message>
            <source>{name}: name the transcript .xlsx or .pdf.</source>
            <translation>{name}: darle al historial la extensión .xlsx o .pdf.</translation>
        </message>
        <message>
            <source>No contact with email {value!r}.</source>
            <translation>No hay ningún contacto con el correo {value!r}.</translation>
        </message>
        <message>
            <source>{person_name} attended no session in this period; nothing was written.</source>
            <translation>{person_name} no asistió a ninguna sesión en este periodo; no se creó nada.</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <source>Cannot delete {kind!r} records to the trash.</source>
            <translation>No se pueden enviar registros de {kind!r} a la papelera.</translation>
        </message>
        <message>
            <source>Choose at least one record to delete.</source>
            <translation>Elegir al menos un registro para eliminar.</translation>
        </message>
        <message>
            <source>No {kind} with id {value}.</source>
            <translation>No hay ningún registro de {kind} con el id {value}.</translation>
        </message>
    </context>
    <context>
        <name>TrashCommand</name>
        <message>
            <source>list deleted records, put one back, or empty the trash</source>
            <translation>enumerar los registros eliminados, recuperar uno o vaciar la papelera</translation>
        </message>
        <message>
            <source>trash item to restore (see 'trash list')</source>
            <translation>elemento de la papelera que se va a restaurar (ver 'trash list')</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>mostrar JSON en lugar de una tabla</translation>
        </message>
        <message>
            <source>say which item to restore: trash restore ID (see 'trash list').</source>
            <translation>indicar qué elemento restaurar: trash restore ID (ver «trash list»).</translation>
        </message>
        <message>
            <source>Put back {label} (ids {ids}).</source>
            <translation>Se recuperó {label} (id {ids}).</translation>
        </message>
        <message>
            <source>{skipped} link(s) to records deleted separately were not put back.</source>
            <translation>No se recuperaron {skipped} vínculo(s) con registros eliminados por separado.</translation>
        </message>
        <message>
            <source>Deleted {count} item(s) for good.</source>
            <translation>Se eliminaron definitivamente {count} elemento(s).</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Deleted (UTC)</source>
            <translation>Eliminado (UTC)</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>With it</source>
            <translation>Con ello</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Collaborative</source>
            <translation>Colaborativo</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Membresía</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>Eliminado por</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>With it</source>
            <translation>Incluye</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Deleted records stay here, with their memberships, sessions and registrations, until you empty the trash; so do members taken out of a collaborative. Ctrl+Z undoes a put back.</source>
            <translation>Los registros eliminados se quedan aquí, con sus membresías, sesiones e inscripciones, hasta vaciar la papelera; también los miembros retirados de un colaborativo. Ctrl+Z deshace una recuperación.</translation>
        </message>
        <message>
            <source>Search the trash</source>
            <translation>Buscar en la papelera</translation>
        </message>
        <message>
            <source>Deleted records</source>
            <translation>Registros eliminados</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>&amp;Put back</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <source>&amp;Delete for good</source>
            <translation>&amp;Eliminar definitivamente</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Vaciar papelera…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Show what others deleted or put back meanwhile (F5)</source>
            <translation>Mostrar lo que otros han eliminado o recuperado mientras tanto (F5)</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Recuperar</translation>
        </message>
        <message numerus="yes">
            <source>{label} is back. %n links to records that were deleted separately could not be put back; restore those records too.</source>
            <translation>
                <numerusform>{label} se ha recuperado. %n vínculo con registros eliminados por separado no se pudo recuperar; hay que recuperar también esos registros.</numerusform>
                <numerusform>{label} se ha recuperado. %n vínculos con registros eliminados por separado no se pudieron recuperar; hay que recuperar también esos registros.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Eliminar definitivamente</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n items in the trash for good? They cannot be put back.</source>
            <translation>
                <numerusform>¿Eliminar definitivamente %n elemento de la papelera? No se podrá recuperar.</numerusform>
                <numerusform>¿Eliminar definitivamente %n elementos de la papelera? No se podrán recuperar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Vaciar papelera</translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n items in the trash for good? They cannot be put back.</source>
            <translation>
                <numerusform>¿Eliminar definitivamente %n elemento de la papelera? No se podrá recuperar.</numerusform>
                <numerusform>¿Eliminar definitivamente los %n elementos de la papelera? No se podrán recuperar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashRestore</name>
        <message>
            <source>that contact is in that collaborative again (added after the removal). Edit that membership instead, or remove it and restore again.</source>
            <translation>ese contacto vuelve a estar en ese colaborativo (se añadió después de quitarlo). Editar esa membresía o quitarla y volver a restaurar.</translation>
        </message>
        <message>
            <source>that person is registered for that session again (added after the removal). Change that registration instead, or remove it and restore again.</source>
            <translation>esa persona vuelve a estar inscrita en esa sesión (se añadió después de quitarla). Cambiar esa inscripción o quitarla y volver a restaurar.</translation>
        </message>
        <message>
            <source>another record now has the same email or name. Change or delete that record, then restore again.</source>
            <translation>otro registro tiene ahora el mismo correo o nombre. Cambiar o eliminar ese registro y volver a restaurar.</translation>
        </message>
        <message>
            <source>Could not put back {label!r}: the {words} it belonged to was deleted, and a newer record has taken its place. Add it again by hand if it is still wanted.</source>
            <translation>No se pudo recuperar {label!r}: se eliminó el registro ({words}) al que pertenecía y otro más reciente ocupó su lugar. Volver a añadirlo a mano si aún se necesita.</translation>
        </message>
        <message>
            <source>Could not put back {label!r}: the {words} it belongs to has been deleted. If that {words} is in the trash, put it back first, then restore this again.</source>
            <translation>No se pudo recuperar {label!r}: se eliminó el registro ({words}) al que pertenece. Si ese registro ({words}) está en la papelera, recuperarlo primero y después volver a restaurar este.</translation>
        </message>
        <message>
            <source>Nothing in the trash with id {trash_id}; it may have been emptied.</source>
            <translation>No hay nada en la papelera con el id {trash_id}; quizá se vació.</translation>
        </message>
        <message>
            <source>Could not put back {label!r}: {value}</source>
            <translation>No se pudo recuperar {label!r}: {value}</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <source>edit {name}</source>
            <translation>editar {name}</translation>
        </message>
        <message>
            <source> ({value} moved up)</source>
            <translation> ({value} pasa a tener plaza)</translation>
        </message>
        <message>
            <source>put back {label}</source>
            <translation>recuperar {label}</translation>
        </message>
        <message numerus="yes">
            <source>put back %n items</source>
            <translation>
                <numerusform>recuperar %n elemento</numerusform>
                <numerusform>recuperar %n elementos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Could not undo “{change}”: {reason}

The undo history was cleared; your data is as shown.</source>
            <translation>No se pudo deshacer «{change}»: {reason}

Se vació el historial de deshacer; sus datos están tal como se muestran.</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Could not redo “{change}”: {reason}

The undo history was cleared; your data is as shown.</source>
            <translation>No se pudo rehacer «{change}»: {reason}

Se vació el historial de deshacer; sus datos están tal como se muestran.</translation>
        </message>
        <message>
            <source>Cannot {verb}: {reason}</source>
            <translation>No se puede {verb}: {reason}</translation>
        </message>
        <message>
            <source>{reason}.

Nothing was changed; “{step}” stays in the undo history.</source>
            <translation>{reason}.

No se cambió nada; «{step}» sigue en el historial de deshacer.</translation>
        </message>
        <message>
            <source>&amp;Undo {change}</source>
            <translation>&amp;Deshacer {change}</translation>
        </message>
        <message>
            <source>&amp;Redo {change}</source>
            <translation>&amp;Rehacer {change}</translation>
        </message>
    </context>
    <context>
        <name>UndoSafety</name>
        <message>
            <source>Cannot {verb}: {label} was signed up or added to a collaborative since, by {who}</source>
            <translation>No se puede {verb}: desde entonces, {who} ha añadido una inscripción o una membresía en un colaborativo para {label}</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>otra persona</translation>
        </message>
        <message>
            <source>a membership the import added</source>
            <translation>una membresía que añadió la importación</translation>
        </message>
        <message>
            <source>Cannot {verb}: {label} was deleted since, by {who}</source>
            <translation>No se puede {verb}: desde entonces, {who} ha eliminado {label}</translation>
        </message>
        <message>
            <source>Cannot {verb}: {label} was changed since, by {who}</source>
            <translation>No se puede {verb}: desde entonces, {who} ha modificado {label}</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>deshacer</translation>
        </message>
        <message>
            <source>redo</source>
            <translation>rehacer</translation>
        </message>
        <message>
            <source>Cannot {verb}: {label} is no longer in the trash (put back or emptied since)</source>
            <translation>No se puede {verb}: {label} ya no está en la papelera (se recuperó o se vació la papelera desde entonces)</translation>
        </message>
        <message>
            <source>registration {id}</source>
            <translation>inscripción {id}</translation>
        </message>
    </context>
    <context>
        <name>UpgradeOffer</name>
        <message>
            <source>Upgrade database</source>
            <translation>Actualizar base de datos</translation>
        </message>
        <message>
            <source>Every workstation that uses this team database then needs this release ({app} {version}) or later.</source>
            <translation>A partir de entonces, todos los puestos que usan esta base de datos de equipo necesitan esta versión ({app} {version}) o una posterior.</translation>
        </message>
        <message>
            <source>Older releases of the app will no longer open it.</source>
            <translation>Las versiones anteriores de la aplicación ya no podrán abrirla.</translation>
        </message>
        <message>
            <source>This database was made by an older release of {app}:
{where}
(schema {old}; this release uses {new}).

Upgrade now? A backup is saved first to:
{backups}

{others}

No leaves the database as it is and does not open it.</source>
            <translation>Esta base de datos se creó con una versión anterior de {app}:
{where}
(esquema {old}; esta versión usa {new}).

¿Actualizarla ahora? Antes se guarda una copia de seguridad en:
{backups}

{others}

No deja la base de datos como está y no la abre.</translation>
        </message>
        <message>
            <source>{where} was made by an older release and needs an upgrade, which a read-only window cannot do. Open it where it is open for editing.</source>
            <translation>{where} se creó con una versión anterior y necesita una actualización, que una ventana de solo lectura no puede hacer. Hay que abrirla donde esté abierta para edición.</translation>
        </message>
        <message>
            <source>Saving a backup of {where}, then upgrading it…
The database is left as it was if anything fails.</source>
            <translation>Guardando una copia de seguridad de {where} y actualizándola después…
Si algo falla, la base de datos queda como estaba.</translation>
        </message>
        <message>
            <source>The upgrade did not happen: {reason}</source>
            <translation>No se hizo la actualización: {reason}</translation>
        </message>
        <message>
            <source>The backup before the upgrade could not be saved: {reason}.</source>
            <translation>No se pudo guardar la copia de seguridad previa a la actualización: {reason}.</translation>
        </message>
        <message>
            <source>The upgrade failed ({reason}); the database was left as it was.</source>
            <translation>La actualización falló ({reason}); la base de datos quedó como estaba.</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>{app} user guide</source>
            <translation>Guía del usuario de {app}</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
        <message>
            <source>The user guide is missing from {folder}.</source>
            <translation>Falta la guía del usuario en {folder}.</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>Read the user guide</source>
            <translation>Leer la guía del usuario</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Not a valid email address: {problem}</source>
            <translation>No es una dirección de correo electrónico válida: {problem}</translation>
        </message>
        <message>
            <source>A collaborative needs a name.</source>
            <translation>El colaborativo necesita un nombre.</translation>
        </message>
        <message>
            <source>Kind must be one of: {values}.</source>
            <translation>El tipo debe ser uno de estos: {values}.</translation>
        </message>
        <message>
            <source>Focus must be one of: {values}.</source>
            <translation>El enfoque debe ser uno de estos: {values}.</translation>
        </message>
        <message>
            <source>Status must be one of: {values}.</source>
            <translation>El estado debe ser uno de estos: {values}.</translation>
        </message>
        <message>
            <source>Colour must look like #1565C0.</source>
            <translation>El color debe tener la forma #1565C0.</translation>
        </message>
        <message>
            <source>Give a name or an email address.</source>
            <translation>Indicar un nombre o una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>A session needs a title.</source>
            <translation>La sesión necesita un título.</translation>
        </message>
        <message>
            <source>A session needs a start time.</source>
            <translation>La sesión necesita una hora de inicio.</translation>
        </message>
        <message>
            <source>The start time needs a time zone.</source>
            <translation>La hora de inicio necesita una zona horaria.</translation>
        </message>
        <message>
            <source>A session needs an end time.</source>
            <translation>La sesión necesita una hora de fin.</translation>
        </message>
        <message>
            <source>The end must be after the start.</source>
            <translation>El fin debe ser posterior al inicio.</translation>
        </message>
        <message>
            <source>Capacity cannot be negative.</source>
            <translation>La capacidad no puede ser negativa.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>(not set)</source>
            <translation>(sin indicar)</translation>
        </message>
        <message>
            <source>Learning seminar</source>
            <translation>Seminario de aprendizaje</translation>
        </message>
        <message>
            <source>Private session</source>
            <translation>Sesión privada</translation>
        </message>
        <message>
            <source>Community-of-practice working session</source>
            <translation>Sesión de trabajo de la comunidad de práctica</translation>
        </message>
        <message>
            <source>Annual learning session</source>
            <translation>Sesión de aprendizaje anual</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <source>improvement</source>
            <translation>mejora</translation>
        </message>
        <message>
            <source>innovation</source>
            <translation>innovación</translation>
        </message>
        <message>
            <source>implementation</source>
            <translation>implementación</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>aplicado</translation>
        </message>
        <message>
            <source>research</source>
            <translation>investigación</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planificado</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrado</translation>
        </message>
        <message>
            <source>patient</source>
            <translation>paciente</translation>
        </message>
        <message>
            <source>family member</source>
            <translation>familiar</translation>
        </message>
        <message>
            <source>frontline team member</source>
            <translation>personal de primera línea</translation>
        </message>
        <message>
            <source>researcher</source>
            <translation>investigador</translation>
        </message>
        <message>
            <source>improver</source>
            <translation>agente de mejora</translation>
        </message>
        <message>
            <source>operations</source>
            <translation>operaciones</translation>
        </message>
        <message>
            <source>lead contact</source>
            <translation>contacto principal</translation>
        </message>
        <message>
            <source>member</source>
            <translation>miembro</translation>
        </message>
        <message>
            <source>presenter</source>
            <translation>presentador</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>asesor</translation>
        </message>
        <message>
            <source>scholar</source>
            <translation>becario</translation>
        </message>
        <message>
            <source>scientist</source>
            <translation>científico</translation>
        </message>
        <message>
            <source>investigator</source>
            <translation>investigador principal</translation>
        </message>
        <message>
            <source>QI leader</source>
            <translation>líder de mejora de la calidad</translation>
        </message>
        <message>
            <source>learning seminar</source>
            <translation>seminario de aprendizaje</translation>
        </message>
        <message>
            <source>private session</source>
            <translation>sesión privada</translation>
        </message>
        <message>
            <source>working session</source>
            <translation>sesión de trabajo</translation>
        </message>
        <message>
            <source>annual learning session</source>
            <translation>sesión de aprendizaje anual</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otra</translation>
        </message>
        <message>
            <source>registered</source>
            <translation>inscrito</translation>
        </message>
        <message>
            <source>waitlisted</source>
            <translation>en lista de espera</translation>
        </message>
        <message>
            <source>attended</source>
            <translation>asistió</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>justificado</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>ausente</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>not yet marked</source>
            <translation>sin marcar</translation>
        </message>
        <message>
            <source>A participant type needs a name.</source>
            <translation>El tipo de participante necesita un nombre.</translation>
        </message>
        <message>
            <source>A role needs a name.</source>
            <translation>La función necesita un nombre.</translation>
        </message>
    </context>
    <context>
        <name>Waitlist</name>
        <message>
            <source>No registration with id {registration_id}.</source>
            <translation>No hay ninguna inscripción con el id {registration_id}.</translation>
        </message>
        <message>
            <source>This person is not registered for the session.</source>
            <translation>Esta persona no está inscrita en la sesión.</translation>
        </message>
        <message>
            <source>This person is not on the waitlist.</source>
            <translation>Esta persona no está en la lista de espera.</translation>
        </message>
        <message>
            <source>Position must be between 1 and {count_line}.</source>
            <translation>La posición debe estar entre 1 y {count_line}.</translation>
        </message>
    </context>
    <context>
        <name>WaitlistList</name>
        <message>
            <source>{tooltip} ({key})</source>
            <translation>{tooltip} ({key})</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Lista de espera</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Give a place</source>
            <translation>Dar un lugar</translation>
        </message>
        <message>
            <source>Move the selected person off the waitlist into the session</source>
            <translation>Pasar a la persona seleccionada de la lista de espera a la sesión</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move the selected person up the line</source>
            <translation>Subir a la persona seleccionada en la fila</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move the selected person down the line</source>
            <translation>Bajar a la persona seleccionada en la fila</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Take the selected person off the waitlist (cancelled); the others move up</source>
            <translation>Quitar a la persona seleccionada de la lista de espera (cancelada); las demás suben</translation>
        </message>
        <message numerus="yes">
            <source>Waitlist (%n waiting)</source>
            <translation>
                <numerusform>Lista de espera (%n en espera)</numerusform>
                <numerusform>Lista de espera (%n en espera)</numerusform>
            </translation>
        </message>
        <message>
            <source>Take off the waitlist</source>
            <translation>Quitar de la lista de espera</translation>
        </message>
        <message>
            <source>Take {name} off the waitlist?</source>
            <translation>¿Quitar a {name} de la lista de espera?</translation>
        </message>
    </context>
    <context>
        <name>WaitlistUndo</name>
        <message>
            <source> ({value} moved up)</source>
            <translation> ({value} pasa a tener plaza)</translation>
        </message>
        <message>
            <source>move {name} up from the waitlist</source>
            <translation>dar plaza a {name} desde la lista de espera</translation>
        </message>
        <message>
            <source>move on the waitlist to place {position}</source>
            <translation>mover en la lista de espera al puesto {position}</translation>
        </message>
    </context>
</TS>
