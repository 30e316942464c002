<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CollaborativesTab</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
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
            <source>Calendar colour</source>
            <translation>Color en el calendario</translation>
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
        <message numerus="yes">
            <source>%n collaboratives</source>
            <translation>
                <numerusform>%n colaborativo</numerusform>
                <numerusform>%n colaborativos</numerusform>
            </translation>
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
            <source>{kind}, {focus}</source>
            <translation>{kind}, {focus}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
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
            <source>Focus</source>
            <translation>Enfoque</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>Conocida</translation>
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
        <name>ContactsTab</name>
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
        <message numerus="yes">
            <source>%n contacts</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
            </translation>
        </message>
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
            <source>Phone</source>
            <translation>Teléfono</translation>
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
            <source>Choose or type a new type</source>
            <translation>Elegir o escribir un tipo nuevo</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Agrees to be listed in shared rosters and sheets</source>
            <translation>Acepta figurar en listas y hojas compartidas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
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
        <name>DatabaseOpening</name>
        <message>
            <source>{path} could not be opened: {reason}.</source>
            <translation>No se pudo abrir {path}: {reason}.</translation>
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
        <name>MainWindow</name>
        <message>
            <source>Collab Desktop database (*.sqlite *.db);;All files (*)</source>
            <translation>Base de datos de Collab Desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
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
            <source>{name} (read-only) — {app} {version}</source>
            <translation>{name} (solo lectura) — {app} {version}</translation>
        </message>
        <message>
            <source>{name} — {app} {version}</source>
            <translation>{name} — {app} {version}</translation>
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
        <name>RecordTab</name>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save changes (Ctrl+S)</source>
            <translation>Guardar los cambios (Ctrl+S)</translation>
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
            <source>Delete</source>
            <translation>Eliminar</translation>
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
            <source>Created {name}.</source>
            <translation>Creado: {name}.</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Guardado: {name}.</translation>
        </message>
        <message>
            <source>Deleted {what}. Ctrl+Z puts it back.</source>
            <translation>Eliminado: {what}. Ctrl+Z lo recupera.</translation>
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
            <source>&amp;Undo {change}</source>
            <translation>&amp;Deshacer {change}</translation>
        </message>
        <message>
            <source>&amp;Redo {change}</source>
            <translation>&amp;Rehacer {change}</translation>
        </message>
    </context>
</TS>
