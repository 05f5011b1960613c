<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdmitDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="192"/>
        <source>Admit member</source>
        <translation>Admitir miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="194"/>
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="196"/>
        <source>Admit a member to the program. The chart id is the number from the EHR.</source>
        <translation>Admita a un miembro en el programa. El n.º de expediente es el número del expediente electrónico (EHR).</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="199"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="199"/>
        <source>what the group calls them</source>
        <translation>cómo lo llama el grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="201"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="201"/>
        <source>as in the chart</source>
        <translation>como en el expediente</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="202"/>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="202"/>
        <source>e.g. MRN-20417</source>
        <translation>p. ej., MRN-20417</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="204"/>
        <source>Date of birth (optional)</source>
        <translation>Fecha de nacimiento (opcional)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="204"/>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>AAAA-MM-DD o MM/DD/AAAA</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="206"/>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="207"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="208"/>
        <source>Admitted on</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="210"/>
        <source>Expected discharge (optional)</source>
        <translation>Alta prevista (opcional)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="210"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="212"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="212"/>
        <source>No group yet</source>
        <translation>Sin grupo por ahora</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="215"/>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="218"/>
        <source>Facilitator-only note</source>
        <translation>Nota solo para el facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="219"/>
        <source>Accommodations, pronouns. Not exported.</source>
        <translation>Adaptaciones, pronombres. No se exporta.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="223"/>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="224"/>
        <source>F&amp;ull name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="225"/>
        <source>&amp;Chart id:</source>
        <translation>N.º de &amp;expediente:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="226"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="227"/>
        <source>&amp;Track:</source>
        <translation>Pr&amp;ograma:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="228"/>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="229"/>
        <source>&amp;Admitted on:</source>
        <translation>Fecha de &amp;ingreso:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="230"/>
        <source>E&amp;xpected discharge:</source>
        <translation>Alta pre&amp;vista:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="231"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="233"/>
        <source>Facilitator &amp;note:</source>
        <translation>No&amp;ta del facilitador:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="244"/>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
</context>
<context>
    <name>AttendanceCode</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="44"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="45"/>
        <source>L</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="46"/>
        <source>E</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="47"/>
        <source>T</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="48"/>
        <source>X</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="49"/>
        <source>U</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>AttendanceStrip</name>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="316"/>
        <source>P present  L late  E left early  T telehealth  X absent excused  U absent unexcused</source>
        <translation>P presente  T tarde  S salió temprano  V telesalud  J ausente justificado  I ausente injustificado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="322"/>
        <source>Attendance by session</source>
        <translation>Asistencia por sesión</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="335"/>
        <source>{title}: no sessions in this range.</source>
        <translation>{title}: no hay sesiones en este período.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="338"/>
        <source>{title}: attended {attended} of {total}. {details}.</source>
        <translation>{title}: asistió a {attended} de {total}. {details}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="351"/>
        <source>No sessions in this range.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="144"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="156"/>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="157"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="163"/>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="173"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="175"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="177"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="182"/>
        <source>Events shown</source>
        <translation>Eventos mostrados</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="183"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="184"/>
        <source>Export audit as CSV</source>
        <translation>Exportar la auditoría como CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="185"/>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="186"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="190"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="191"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="192"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="200"/>
        <source>The audit trail cannot be changed or deleted, by anyone.</source>
        <translation>Nadie puede cambiar ni borrar el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="249"/>
        <source>{shown} of {total} events</source>
        <translation>{shown} de {total} eventos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="259"/>
        <source>Exported {count} events.</source>
        <translation>Se exportaron {count} eventos.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="265"/>
        <source>Export audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="267"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="40"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="41"/>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="42"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="43"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="44"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/audit_view.py" line="89"/>
        <source>(no facilitator chosen)</source>
        <translation>(sin facilitador elegido)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="48"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="49"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="50"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="51"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="52"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="53"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="59"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="62"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="123"/>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="125"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="128"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="133"/>
        <source>Backups list</source>
        <translation>Lista de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="134"/>
        <source>Each backup with its date, size and counts</source>
        <translation>Cada copia de seguridad con su fecha, tamaño y totales</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="142"/>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="143"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="144"/>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="145"/>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="224"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="166"/>
        <source>Encrypted copies in {folder}: made at start-up (daily), after signing, and on demand; the last 7 days and 8 weeks are kept.</source>
        <translation>Copias cifradas en {folder}: se hacen al iniciar (una vez al día), después de firmar y a pedido; se conservan las de los últimos 7 días y 8 semanas.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="172"/>
        <source>No backups yet in {folder}. Use Back up now to make one.</source>
        <translation>Todavía no hay copias de seguridad en {folder}. Use «Hacer copia de seguridad ahora» para hacer una.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="189"/>
        <source>Backup made and checked: {file}</source>
        <translation>Copia de seguridad hecha y verificada: {file}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="200"/>
        <source>the backup from {when}</source>
        <translation>la copia de seguridad del {when}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="204"/>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="206"/>
        <source>Clinic backups (*.db)</source>
        <translation>Copias de seguridad de la clínica (*.db)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="227"/>
        <source>Restore {backup}? It holds {members} members, {sessions} sessions and {notes} notes.</source>
        <translation>¿Restaurar {backup}? Contiene {members} miembros, {sessions} sesiones y {notes} notas.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="238"/>
        <source>The current database is kept aside (renamed, not deleted). Anything entered after this backup was made will not be in the restored records. The app closes afterwards; open it again to continue.</source>
        <translation>La base de datos actual se guarda aparte (con otro nombre, no se borra). Lo que se haya ingresado después de hacer esta copia no estará en los registros restaurados. Después la aplicación se cierra; ábrala de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="246"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="259"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="260"/>
        <source>Restored {backup}.</source>
        <translation>Se restauró {backup}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="263"/>
        <source>The previous database was kept as {file}. The app will close now; open it again to continue.</source>
        <translation>La base de datos anterior se guardó como {file}. La aplicación se cerrará ahora; ábrala de nuevo para continuar.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/backups_panel.py" line="267"/>
        <source>The app will close now; open it again to continue.</source>
        <translation>La aplicación se cerrará ahora; ábrala de nuevo para continuar.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="185"/>
        <source>No data in this range.</source>
        <translation>No hay datos en este período.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="209"/>
        <source>{title}: {empty}</source>
        <translation>{title}: {empty}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="211"/>
        <source>{title}. {values}.</source>
        <translation>{title}. {values}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="215"/>
        <source>Target {target}; {below} of {judged} below target.</source>
        <translation>Meta {target}; {below} de {judged} por debajo de la meta.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="219"/>
        <source>{count} partial weeks not judged.</source>
        <translation>{count} semanas parciales sin evaluar.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="229"/>
        <source>Solid: at or above {target}   Hatched: below   Dashed line: target</source>
        <translation>Sólido: en {target} o más   Rayado: por debajo   Línea discontinua: meta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="232"/>
        <source>Dotted: not a full week</source>
        <translation>Punteado: semana incompleta</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="133"/>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="154"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="136"/>
        <source>The database is re-encrypted with the new passphrase. Until it is done the old passphrase keeps working, so nothing is lost if the computer stops half-way. Backups made before today still need the passphrase that was in use then.</source>
        <translation>La base de datos se vuelve a cifrar con la frase de contraseña nueva. Hasta que termine, la frase anterior sigue funcionando, así que no se pierde nada si la computadora se detiene a mitad del proceso. Las copias de seguridad hechas antes de hoy siguen necesitando la frase de contraseña que se usaba entonces.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="142"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="143"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="144"/>
        <source>New passphrase again</source>
        <translation>Repita la frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="147"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="150"/>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="151"/>
        <source>New passphrase:</source>
        <translation>Frase de contraseña nueva:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="153"/>
        <source>New passphrase again:</source>
        <translation>Repita la frase nueva:</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="45"/>
        <source>Topic pack (*.toml);;Topic pack as JSON (*.json)</source>
        <translation>Paquete de temas (*.toml);;Paquete de temas en JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="48"/>
        <source>All series</source>
        <translation>Todas las series</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="76"/>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="159"/>
        <source>Curriculum</source>
        <translation>Temario</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="77"/>
        <source>Search topics</source>
        <translation>Buscar temas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="78"/>
        <source>Search titles and text</source>
        <translation>Buscar en títulos y texto</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="81"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="82"/>
        <source>Show &amp;retired topics</source>
        <translation>Mostrar temas &amp;retirados</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="83"/>
        <source>Show retired topics</source>
        <translation>Mostrar temas retirados</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="96"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="112"/>
        <source>Topic preview</source>
        <translation>Vista previa del tema</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="128"/>
        <source>&amp;New topic</source>
        <translation>&amp;Nuevo tema</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="129"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="130"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="131"/>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="294"/>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="132"/>
        <source>&amp;Print handout...</source>
        <translation>Im&amp;primir material...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="133"/>
        <source>&amp;Import pack...</source>
        <translation>&amp;Importar paquete...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="134"/>
        <source>E&amp;xport pack...</source>
        <translation>E&amp;xportar paquete...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="152"/>
        <source>Topic file problems</source>
        <translation>Problemas con los archivos de temas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="155"/>
        <source>Curriculum status</source>
        <translation>Estado del temario</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="193"/>
        <source>Warning: 1 built-in topic file could not be loaded; the other topics are here.
{problems}</source>
        <translation>Aviso: no se pudo cargar 1 archivo de temas incluidos; los demás temas están aquí.
{problems}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="198"/>
        <source>Warning: {count} built-in topic files could not be loaded; the other topics are here.
{problems}</source>
        <translation>Aviso: no se pudieron cargar {count} archivos de temas incluidos; los demás temas están aquí.
{problems}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="206"/>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="238"/>
        <source>{shown} of {total} topics shown.</source>
        <translation>{shown} de {total} temas mostrados.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="221"/>
        <source>{series} ({count})</source>
        <translation>{series} ({count})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="225"/>
        <source>{series}, {count} topics</source>
        <translation>{series}, {count} temas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="271"/>
        <source>*No topic chosen.* Choose a series or clear the search.</source>
        <translation>*No hay ningún tema elegido.* Elija una serie o borre la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="276"/>
        <source>Clinic topic, version {version}</source>
        <translation>Tema de la clínica, versión {version}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="278"/>
        <source>Built-in topic (read-only), version {version}</source>
        <translation>Tema incluido (solo lectura), versión {version}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="281"/>
        <source>{status}, **retired**</source>
        <translation>{status}, **retirado**</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="291"/>
        <source>Built-in topics are read-only: use Duplicate.</source>
        <translation>Los temas incluidos son de solo lectura: use Duplicar.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="294"/>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="296"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="296"/>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="351"/>
        <source>Made an editable copy of &apos;{title}&apos;.</source>
        <translation>Se hizo una copia editable de «{title}».</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="374"/>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="376"/>
        <source>Print handout</source>
        <translation>Imprimir material</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="392"/>
        <source>Exported 1 topic to {file}.</source>
        <translation>Se exportó 1 tema a {file}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="394"/>
        <source>Exported {count} topics to {file}.</source>
        <translation>Se exportaron {count} temas a {file}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="407"/>
        <source>This pack cannot be imported</source>
        <translation>Este paquete no se puede importar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="408"/>
        <source>{summary}

Nothing was changed.</source>
        <translation>{summary}

No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="412"/>
        <source>Nothing to import</source>
        <translation>No hay nada que importar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="415"/>
        <source>Import topics?</source>
        <translation>¿Importar los temas?</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="417"/>
        <source>{summary}

Import the new and changed topics? Conflicting ones are left as they are.</source>
        <translation>{summary}

¿Importar los temas nuevos y modificados? Los que estén en conflicto quedan como están.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="427"/>
        <source>Imported {added} new and {updated} changed topic(s); {skipped} left as they were.</source>
        <translation>Se importaron {added} tema(s) nuevo(s) y {updated} modificado(s); {skipped} quedaron como estaban.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="435"/>
        <source>Import topic pack</source>
        <translation>Importar paquete de temas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/curriculum_page.py" line="440"/>
        <source>Export topic pack</source>
        <translation>Exportar paquete de temas</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="332"/>
        <source>Discharge member</source>
        <translation>Dar de alta al miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="334"/>
        <source>Discharge</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="339"/>
        <source>Discharge &lt;b&gt;{name}&lt;/b&gt; ({chart_id}), admitted {admitted}. The discharge date is their last day in every group; their notes and past rosters are kept.</source>
        <translation>Dar de alta a &lt;b&gt;{name}&lt;/b&gt; ({chart_id}), con ingreso el {admitted}. La fecha de alta es su último día en todos los grupos; se conservan sus notas y las listas anteriores.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="347"/>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="349"/>
        <source>Discharge reason</source>
        <translation>Motivo del alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="349"/>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="351"/>
        <source>Discharge &amp;date:</source>
        <translation>&amp;Fecha de alta:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="352"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="359"/>
        <source>Choose a discharge reason.</source>
        <translation>Elija un motivo del alta.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="361"/>
        <source>It goes into the record and the program&apos;s reports.</source>
        <translation>Queda en el expediente y en los informes del programa.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="20"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="21"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="22"/>
        <source>Co-occurring</source>
        <translation>Trastornos concurrentes</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="23"/>
        <source>Adolescent</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="24"/>
        <source>Treatment engagement</source>
        <translation>Compromiso con el tratamiento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="25"/>
        <source>Early recovery</source>
        <translation>Recuperación temprana</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="26"/>
        <location filename="../../iop_facilitator/ui/translated.py" line="52"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="27"/>
        <source>Community integration</source>
        <translation>Integración comunitaria</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="28"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="29"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="30"/>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="31"/>
        <source>Completed program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="32"/>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="33"/>
        <source>Stepped up to a higher level of care</source>
        <translation>Pasó a un nivel de atención mayor</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="36"/>
        <source>Stepped down to a lower level of care</source>
        <translation>Pasó a un nivel de atención menor</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="39"/>
        <source>Left against advice</source>
        <translation>Se retiró contra la recomendación clínica</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="40"/>
        <source>Administrative</source>
        <translation>Administrativo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="41"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="42"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="43"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="44"/>
        <source>Left early</source>
        <translation>Salió temprano</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="45"/>
        <source>Absent, excused</source>
        <translation>Ausente, justificado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="46"/>
        <source>Absent, unexcused</source>
        <translation>Ausente, injustificado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="47"/>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="48"/>
        <source>Precontemplation</source>
        <translation>Precontemplación</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="49"/>
        <source>Contemplation</source>
        <translation>Contemplación</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="50"/>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="51"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="53"/>
        <source>Recurrence</source>
        <translation>Recurrencia</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="54"/>
        <source>Psychoeducational</source>
        <translation>Psicoeducativo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="55"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="56"/>
        <source>CBT</source>
        <translation>TCC</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="57"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="58"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="59"/>
        <source>New: will be imported</source>
        <translation>Nuevo: se importará</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="60"/>
        <source>Already in the app: skipped</source>
        <translation>Ya está en la aplicación: se omite</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="61"/>
        <source>Repeated in this file: skipped</source>
        <translation>Repetido en este archivo: se omite</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="62"/>
        <source>Problem: not imported</source>
        <translation>Problema: no se importa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="67"/>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="68"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="69"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="70"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="71"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="72"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="73"/>
        <source>Admission date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="74"/>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/translated.py" line="75"/>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>FacilitatorChooserDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="64"/>
        <source>{app}: who is facilitating?</source>
        <translation>{app}: ¿quién facilita?</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="67"/>
        <source>&lt;b&gt;Who is facilitating?&lt;/b&gt;&lt;br&gt;Every change and signature is recorded under this name.</source>
        <translation>&lt;b&gt;¿Quién facilita?&lt;/b&gt;&lt;br&gt;Cada cambio y cada firma quedan registrados con este nombre.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="73"/>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="75"/>
        <source>{name}  (PIN)</source>
        <translation>{name}  (PIN)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="80"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="84"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="85"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="109"/>
        <source>This profile has no PIN yet: set one in Settings.</source>
        <translation>Este perfil todavía no tiene PIN: configure uno en Configuración.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="115"/>
        <source>Choose your name in the list.</source>
        <translation>Elija su nombre en la lista.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="185"/>
        <source>+ New profile</source>
        <translation>+ Perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="190"/>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="192"/>
        <source>Facilitator profiles</source>
        <translation>Perfiles de facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="195"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="197"/>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="198"/>
        <source>e.g. LADC, CADC, LPC, LCSW</source>
        <translation>p. ej., LADC, CADC, LPC, LCSW</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="199"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="200"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="201"/>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="205"/>
        <source>PIN status</source>
        <translation>Estado del PIN</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="207"/>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="208"/>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="209"/>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="210"/>
        <source>Remove PIN</source>
        <translation>Quitar PIN</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="211"/>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="212"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="215"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="216"/>
        <source>Credentials:</source>
        <translation>Credenciales:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="217"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="218"/>
        <source>Current PIN:</source>
        <translation>PIN actual:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="219"/>
        <source>New PIN (4-8 digits):</source>
        <translation>PIN nuevo (4-8 dígitos):</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="220"/>
        <source>New PIN again:</source>
        <translation>Repita el PIN nuevo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="251"/>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="273"/>
        <source>Set</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="273"/>
        <source>Not set (needed for quick unlock)</source>
        <translation>Sin configurar (necesario para el desbloqueo rápido)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="280"/>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>Los dos PIN nuevos no coinciden. Escríbalos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="310"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="319"/>
        <source>PIN removed.</source>
        <translation>Se quitó el PIN.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="67"/>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="68"/>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="99"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="72"/>
        <source>&amp;New group</source>
        <translation>&amp;Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="72"/>
        <source>New group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="74"/>
        <source>S&amp;tart a session...</source>
        <translation>&amp;Iniciar una sesión...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="74"/>
        <source>Start a session for this group</source>
        <translation>Iniciar una sesión para este grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="113"/>
        <source>Schedule and settings</source>
        <translation>Horario y configuración</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="116"/>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="116"/>
        <source>e.g. Morning IOP</source>
        <translation>p. ej., IOP de la mañana</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="117"/>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="122"/>
        <source>Meets on {day}</source>
        <translation>Se reúne el {day}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="126"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="126"/>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM, formato de 24 horas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="128"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="131"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="132"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="132"/>
        <source>e.g. Room 2</source>
        <translation>p. ej., Sala 2</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="134"/>
        <source>Default note format</source>
        <translation>Formato de nota predeterminado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="139"/>
        <source>Billing code</source>
        <translation>Código de facturación</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="142"/>
        <source>Size cap</source>
        <translation>Cupo máximo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="144"/>
        <source>Above this many members the app warns; it never blocks.</source>
        <translation>Por encima de esta cantidad de miembros la aplicación avisa; nunca bloquea.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="145"/>
        <source>Active (meets and takes new members)</source>
        <translation>Activo (se reúne y acepta miembros nuevos)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="146"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="147"/>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="230"/>
        <source>&amp;Save group</source>
        <translation>&amp;Guardar grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="147"/>
        <source>Save group</source>
        <translation>Guardar grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="148"/>
        <source>Group message</source>
        <translation>Mensaje del grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="149"/>
        <source>&amp;Track:</source>
        <translation>Pr&amp;ograma:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="151"/>
        <source>Meets on:</source>
        <translation>Se reúne:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="153"/>
        <source>&amp;Start time:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="154"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="155"/>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="156"/>
        <source>Note &amp;format:</source>
        <translation>&amp;Formato de nota:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="157"/>
        <source>&amp;Billing code:</source>
        <translation>&amp;Código de facturación:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="158"/>
        <source>Size &amp;cap:</source>
        <translation>Cupo &amp;máximo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="167"/>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="183"/>
        <source>Roster</source>
        <translation>Lista del grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="171"/>
        <source>Roster on date</source>
        <translation>Lista del grupo en la fecha</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="173"/>
        <source>Roster size</source>
        <translation>Tamaño de la lista</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="176"/>
        <source>&amp;Admit to this group…</source>
        <translation>&amp;Admitir en este grupo…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="176"/>
        <source>Admit a member to this group</source>
        <translation>Admitir a un miembro en este grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="178"/>
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="251"/>
        <source>&amp;Create group</source>
        <translation>Crear &amp;grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="268"/>
        <source>{count} of {cap} members today: above the cap</source>
        <translation>{count} de {cap} miembros hoy: por encima del cupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="270"/>
        <source>{count} of {cap} members today</source>
        <translation>{count} de {cap} miembros hoy</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="274"/>
        <source>{count} of {cap} members on {date}: above the cap</source>
        <translation>{count} de {cap} miembros el {date}: por encima del cupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="276"/>
        <source>{count} of {cap} members on {date}</source>
        <translation>{count} de {cap} miembros el {date}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="316"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/groups_page.py" line="329"/>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="418"/>
        <source>Nothing recorded in this range.</source>
        <translation>No hay nada registrado en este período.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="426"/>
        <source>{title}: {empty}</source>
        <translation>{title}: {empty}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/charts.py" line="428"/>
        <source>{title}. {values}.</source>
        <translation>{title}. {values}.</translation>
    </message>
</context>
<context>
    <name>MemberDialogs</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="100"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="107"/>
        <source>Not saved: {problem} {what_next}</source>
        <translation>No se guardó: {problem} {what_next}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="180"/>
        <source>{name} ({schedule})</source>
        <translation>{name} ({schedule})</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="54"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="142"/>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="143"/>
        <source>Import members from CSV</source>
        <translation>Importar miembros desde CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="148"/>
        <source>Choose the member list exported from the EHR as CSV. Check how its columns match, look through the rows, then import the ticked ones. Members whose chart id is already here are skipped.</source>
        <translation>Elija la lista de miembros exportada del expediente electrónico (EHR) como CSV. Revise cómo coinciden sus columnas, repase las filas y luego importe las marcadas. Se omiten los miembros cuyo n.º de expediente ya está aquí.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="154"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="155"/>
        <source>Choose CSV file</source>
        <translation>Elegir archivo CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="156"/>
        <source>No file chosen.</source>
        <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="157"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="158"/>
        <source>File encoding</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="165"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="170"/>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="172"/>
        <source>{field} (required):</source>
        <translation>{field} (obligatorio):</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="172"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="174"/>
        <source>For every row</source>
        <translation>Para todas las filas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="177"/>
        <source>Date order in the file</source>
        <translation>Orden de las fechas en el archivo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="179"/>
        <source>Month first (03/09/2026 = 9 March)</source>
        <translation>Mes primero (03/09/2026 = 9 de marzo)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="182"/>
        <source>Day first (03/09/2026 = 3 September)</source>
        <translation>Día primero (03/09/2026 = 3 de septiembre)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="184"/>
        <source>Track when the file has none</source>
        <translation>Programa cuando el archivo no lo tiene</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="186"/>
        <source>Admission date when the file has none</source>
        <translation>Fecha de ingreso cuando el archivo no la tiene</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="189"/>
        <source>Enroll imported members in group</source>
        <translation>Inscribir a los miembros importados en el grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="189"/>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="191"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="192"/>
        <source>Track if missing:</source>
        <translation>Programa si falta:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="193"/>
        <source>Admitted if no column:</source>
        <translation>Ingreso si no hay columna:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="194"/>
        <source>Enroll in:</source>
        <translation>Inscribir en:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="200"/>
        <source>Rows in the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="203"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="205"/>
        <source>Tick all &amp;new</source>
        <translation>Marcar todos los &amp;nuevos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="206"/>
        <source>Tick all new rows</source>
        <translation>Marcar todas las filas nuevas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="207"/>
        <source>Tick n&amp;one</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="208"/>
        <source>Untick all rows</source>
        <translation>Desmarcar todas las filas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="209"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="210"/>
        <source>Import ticked members</source>
        <translation>Importar los miembros marcados</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="212"/>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="213"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="251"/>
        <source>Imported {imported} members; {skipped} already here were skipped.</source>
        <translation>Se importaron {imported} miembros; se omitieron {skipped} que ya estaban aquí.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="253"/>
        <source>Imported {imported} members.</source>
        <translation>Se importaron {imported} miembros.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="259"/>
        <source>Choose the CSV file</source>
        <translation>Elija el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="261"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="279"/>
        <source>{file}: 1 row</source>
        <translation>{file}: 1 fila</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="279"/>
        <source>{file}: {rows} rows</source>
        <translation>{file}: {rows} filas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="289"/>
        <source>(column {number})</source>
        <translation>(columna {number})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="325"/>
        <source>{rows} rows: {new} new, {here} already in the app, {repeated} repeated in the file, {errors} with problems (listed by row below).</source>
        <translation>{rows} filas: {new} nuevas, {here} ya en la aplicación, {repeated} repetidas en el archivo, {errors} con problemas (se detallan por fila abajo).</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="344"/>
        <source>&amp;Import 1 member</source>
        <translation>&amp;Importar 1 miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="344"/>
        <source>&amp;Import {count} members</source>
        <translation>&amp;Importar {count} miembros</translation>
    </message>
</context>
<context>
    <name>MemberModels</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="125"/>
        <location filename="../../iop_facilitator/ui/member_models.py" line="259"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="130"/>
        <location filename="../../iop_facilitator/ui/member_models.py" line="264"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="135"/>
        <location filename="../../iop_facilitator/ui/member_models.py" line="268"/>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="70"/>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="139"/>
        <location filename="../../iop_facilitator/ui/member_models.py" line="275"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="141"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="142"/>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="144"/>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="146"/>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="72"/>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="151"/>
        <location filename="../../iop_facilitator/ui/member_models.py" line="179"/>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="174"/>
        <source>Current (active and on hold)</source>
        <translation>Actuales (activos y en espera)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="177"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="178"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="180"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="234"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="236"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="241"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="244"/>
        <source>still enrolled</source>
        <translation>sigue inscrito</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="249"/>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="270"/>
        <source>Joined on</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="303"/>
        <source>{name}
{schedule} · {room}</source>
        <translation>{name}
{schedule} · {room}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="305"/>
        <source>{name} (inactive)
{schedule} · {room}</source>
        <translation>{name} (inactivo)
{schedule} · {room}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_models.py" line="312"/>
        <source>no room</source>
        <translation>sin sala</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="67"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="68"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="69"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="71"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/import_dialog.py" line="73"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>MemberProgress</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="61"/>
        <source>Week of {day}: {hours} h of {target} so far (week in progress)</source>
        <translation>Semana del {day}: {hours} h de {target} hasta ahora (semana en curso)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="65"/>
        <source>Week of {day}: {hours} h of {target} (part of the week in the program)</source>
        <translation>Semana del {day}: {hours} h de {target} (parte de la semana en el programa)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="70"/>
        <source>Week of {day}: {hours} h of {target} (below target)</source>
        <translation>Semana del {day}: {hours} h de {target} (por debajo de la meta)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="74"/>
        <source>Week of {day}: {hours} h of {target}</source>
        <translation>Semana del {day}: {hours} h de {target}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="91"/>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="93"/>
        <source>{day} {group}: {status}, {minutes} min</source>
        <translation>{day} {group}: {status}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="105"/>
        <source>{day}: craving {value} of 10</source>
        <translation>{day}: deseo de consumo {value} de 10</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="113"/>
        <source>{day}: {stage}</source>
        <translation>{day}: {stage}</translation>
    </message>
</context>
<context>
    <name>MemberProgressDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="222"/>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="223"/>
        <source>Member progress</source>
        <translation>Progreso del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="226"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MemberProgressWidget</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="131"/>
        <source>Member progress</source>
        <translation>Progreso del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="132"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="135"/>
        <source>Progress in words</source>
        <translation>Progreso en palabras</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="137"/>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="139"/>
        <source>Craving at check-in (0-10)</source>
        <translation>Deseo de consumo al inicio (0-10)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="141"/>
        <source>Stage of change</source>
        <translation>Etapa de cambio</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="145"/>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="148"/>
        <source>Topics had</source>
        <translation>Temas vistos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="147"/>
        <source>Topics still to have</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="150"/>
        <source>Still to have</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="167"/>
        <source>Member progress charts</source>
        <translation>Gráficas del progreso del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="179"/>
        <source>Progress: {name} ({full_name})</source>
        <translation>Progreso: {name} ({full_name})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="187"/>
        <source>{hours} h target</source>
        <translation>Meta de {hours} h</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="195"/>
        <source>{title} (last {date}, {times} times)</source>
        <translation>{title} (última vez el {date}, {times} veces)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="197"/>
        <source>{title} (last {date})</source>
        <translation>{title} (última vez el {date})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="209"/>
        <source>{title} ({series})</source>
        <translation>{title} ({series})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="212"/>
        <source>Topics had ({count})</source>
        <translation>Temas vistos ({count})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_progress.py" line="215"/>
        <source>Still to have ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="68"/>
        <location filename="../../iop_facilitator/ui/members_page.py" line="100"/>
        <location filename="../../iop_facilitator/ui/members_page.py" line="140"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="70"/>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="70"/>
        <source>Search by name or chart id (Ctrl+F)</source>
        <translation>Nombre o n.º de expediente (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="74"/>
        <source>Show members by status</source>
        <translation>Mostrar miembros por estado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="78"/>
        <source>Show members of group</source>
        <translation>Mostrar miembros del grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="80"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Admitir…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="80"/>
        <source>Admit member</source>
        <translation>Admitir miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="80"/>
        <source>Admit a new member (Ctrl+N)</source>
        <translation>Admitir a un miembro nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="83"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="84"/>
        <source>Import members from CSV</source>
        <translation>Importar miembros desde CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="85"/>
        <source>Admit many members from the EHR&apos;s CSV export</source>
        <translation>Admitir a varios miembros desde el CSV exportado del expediente electrónico (EHR)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="105"/>
        <source>Members shown</source>
        <translation>Miembros mostrados</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="106"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="123"/>
        <source>Member details and progress</source>
        <translation>Datos y progreso del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="124"/>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="126"/>
        <source>Member progress</source>
        <translation>Progreso del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="128"/>
        <source>&amp;Progress</source>
        <translation>Progre&amp;so</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="161"/>
        <source>Member details</source>
        <translation>Datos del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="163"/>
        <location filename="../../iop_facilitator/ui/members_page.py" line="322"/>
        <source>No member selected</source>
        <translation>Ningún miembro seleccionado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="165"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="167"/>
        <source>Hours this week</source>
        <translation>Horas esta semana</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="170"/>
        <source>Days in program</source>
        <translation>Días en el programa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="173"/>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="175"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="176"/>
        <source>This week:</source>
        <translation>Esta semana:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="177"/>
        <source>In program:</source>
        <translation>En el programa:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="178"/>
        <source>Sessions attended:</source>
        <translation>Sesiones asistidas:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="180"/>
        <source>&amp;Move…</source>
        <translation>&amp;Trasladar…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="180"/>
        <source>Move to another group</source>
        <translation>Trasladar a otro grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="181"/>
        <source>&amp;Discharge…</source>
        <translation>Dar de a&amp;lta…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="181"/>
        <source>Discharge member</source>
        <translation>Dar de alta al miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="183"/>
        <location filename="../../iop_facilitator/ui/members_page.py" line="373"/>
        <source>Put on &amp;hold</source>
        <translation>Poner en &amp;espera</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="183"/>
        <source>Put on hold or make active again</source>
        <translation>Poner en espera o reactivar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="191"/>
        <location filename="../../iop_facilitator/ui/members_page.py" line="194"/>
        <source>Groups and dates</source>
        <translation>Grupos y fechas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="197"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="200"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="201"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="202"/>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="203"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="203"/>
        <location filename="../../iop_facilitator/ui/members_page.py" line="208"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="204"/>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="205"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="206"/>
        <source>Admitted on</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="206"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="208"/>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="211"/>
        <source>Facilitator-only note</source>
        <translation>Nota solo para el facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="215"/>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="217"/>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="218"/>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="219"/>
        <source>Chart id:</source>
        <translation>N.º de expediente:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="220"/>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="221"/>
        <source>Track:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="222"/>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="223"/>
        <source>Admitted on:</source>
        <translation>Fecha de ingreso:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="224"/>
        <source>Expected discharge:</source>
        <translation>Alta prevista:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="225"/>
        <source>Discharged:</source>
        <translation>Alta:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="226"/>
        <source>Facilitator note:</source>
        <translation>Nota del facilitador:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="229"/>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="229"/>
        <source>Save member details</source>
        <translation>Guardar los datos del miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="230"/>
        <source>Details message</source>
        <translation>Mensaje de los datos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="248"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="265"/>
        <source>{shown} of 1 member shown</source>
        <translation>{shown} de 1 miembro mostrado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="267"/>
        <source>{shown} of {total} members shown</source>
        <translation>{shown} de {total} miembros mostrados</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="349"/>
        <source>{done} of {target} target (below target)</source>
        <translation>{done} de una meta de {target} (por debajo de la meta)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="351"/>
        <source>{done} of {target} target</source>
        <translation>{done} de una meta de {target}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="361"/>
        <source>1 day (admitted {date})</source>
        <translation>1 día (ingreso el {date})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="363"/>
        <source>{days} days (admitted {date})</source>
        <translation>{days} días (ingreso el {date})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="373"/>
        <source>Make &amp;active</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="376"/>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="381"/>
        <source>Not discharged</source>
        <translation>Sin alta</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="408"/>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/members_page.py" line="460"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="273"/>
        <source>Move member</source>
        <translation>Trasladar miembro</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="275"/>
        <source>Move</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="280"/>
        <source>Move &lt;b&gt;{name}&lt;/b&gt; ({chart_id}) to another group. From the move date they are on the new group&apos;s roster; their last day in the old group is the day before. Past rosters do not change.</source>
        <translation>Trasladar a &lt;b&gt;{name}&lt;/b&gt; ({chart_id}) a otro grupo. Desde la fecha del traslado figura en la lista del grupo nuevo; su último día en el grupo anterior es el día antes. Las listas anteriores no cambian.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="286"/>
        <source>From group</source>
        <translation>Desde el grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="289"/>
        <source>To group</source>
        <translation>Al grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="289"/>
        <source>Choose a group…</source>
        <translation>Elija un grupo…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="290"/>
        <source>Move date</source>
        <translation>Fecha del traslado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="291"/>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="293"/>
        <source>&amp;From group:</source>
        <translation>&amp;Desde el grupo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="294"/>
        <source>&amp;To group:</source>
        <translation>&amp;Al grupo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="295"/>
        <source>Move &amp;date:</source>
        <translation>&amp;Fecha del traslado:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="301"/>
        <source>This member is not in any group now: admit them to one by editing, or discharge them.</source>
        <translation>Este miembro no está en ningún grupo ahora: admítalo en uno editando sus datos, o dele de alta.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="309"/>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="315"/>
        <source>The member is not in a group to move from.</source>
        <translation>El miembro no está en ningún grupo desde el cual trasladarlo.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="317"/>
        <source>Choose the group to move to.</source>
        <translation>Elija el grupo al que se traslada.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../iop_facilitator/ui/report_pdf.py" line="37"/>
        <source>The report could not be saved in that folder.</source>
        <translation>No se pudo guardar el informe en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/report_pdf.py" line="40"/>
        <source>Choose a folder you can write to (for example Documents).</source>
        <translation>Elija una carpeta en la que pueda escribir (por ejemplo, Documentos).</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/report_pdf.py" line="52"/>
        <source>The report could not be saved (the disk may be full or the file open elsewhere).</source>
        <translation>No se pudo guardar el informe (puede que el disco esté lleno o que el archivo esté abierto en otro programa).</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/report_pdf.py" line="56"/>
        <source>Close the file if it is open, free some space, and try again.</source>
        <translation>Cierre el archivo si está abierto, libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/report_pdf.py" line="130"/>
        <source>{clinic} - internal report</source>
        <translation>{clinic} - informe interno</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/report_pdf.py" line="142"/>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="55"/>
        <source>Week of {day}: {attended} of {marked} attended</source>
        <translation>Semana del {day}: asistieron {attended} de {marked}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="69"/>
        <source>Attendance rate by week</source>
        <translation>Tasa de asistencia por semana</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="72"/>
        <source>Average hours per member by week</source>
        <translation>Promedio de horas por miembro por semana</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="73"/>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="103"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="76"/>
        <source>Week of {day}: {hours} h per member ({members} members)</source>
        <translation>Semana del {day}: {hours} h por miembro ({members} miembros)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="91"/>
        <source>{hours} h target</source>
        <translation>Meta de {hours} h</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="98"/>
        <source>Attendance rate by week, all groups</source>
        <translation>Tasa de asistencia por semana, todos los grupos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="102"/>
        <source>Hours attended by group</source>
        <translation>Horas de asistencia por grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="105"/>
        <source>{group}: {hours} h in {sessions} sessions</source>
        <translation>{group}: {hours} h en {sessions} sesiones</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="149"/>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="172"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="150"/>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="191"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="154"/>
        <source>Report from date</source>
        <translation>Fecha inicial del informe</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="155"/>
        <source>Report to date</source>
        <translation>Fecha final del informe</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="160"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="161"/>
        <source>Show the report</source>
        <translation>Mostrar el informe</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="162"/>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="163"/>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="164"/>
        <source>Export PDF...</source>
        <translation>Exportar PDF...</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="165"/>
        <source>Export the report as PDF with charts</source>
        <translation>Exportar el informe como PDF con gráficas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="167"/>
        <source>Report message</source>
        <translation>Mensaje del informe</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="173"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="176"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="178"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="211"/>
        <source>Program report (all groups)</source>
        <translation>Informe del programa (todos los grupos)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="213"/>
        <source>Group report: {group}</source>
        <translation>Informe del grupo: {group}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="246"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;, {subtitle}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, {subtitle}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="251"/>
        <source>{title}, {subtitle}</source>
        <translation>{title}, {subtitle}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="256"/>
        <source>Report figures in words</source>
        <translation>Cifras del informe en palabras</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="279"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="279"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="286"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="286"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="298"/>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="321"/>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/reports_page.py" line="313"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
</context>
<context>
    <name>SecurityDialogs</name>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="41"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_dialogs.py" line="53"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="41"/>
        <source>Security and privacy</source>
        <translation>Seguridad y privacidad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="46"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="47"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="48"/>
        <source>Include date of birth on exported notes</source>
        <translation>Incluir la fecha de nacimiento en las notas exportadas</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="49"/>
        <source>Include date of birth on exports</source>
        <translation>Incluir la fecha de nacimiento al exportar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="50"/>
        <source>Off by default: exports carry the minimum necessary.</source>
        <translation>Desactivado de forma predeterminada: las exportaciones llevan solo lo mínimo necesario.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="51"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="51"/>
        <source>Save security settings</source>
        <translation>Guardar la configuración de seguridad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="53"/>
        <source>Facilitator profiles…</source>
        <translation>Perfiles de facilitador…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="53"/>
        <source>Facilitator profiles</source>
        <translation>Perfiles de facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="55"/>
        <source>Switch facilitator…</source>
        <translation>Cambiar de facilitador…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="55"/>
        <source>Switch facilitator</source>
        <translation>Cambiar de facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="57"/>
        <source>Change passphrase…</source>
        <translation>Cambiar frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="57"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="59"/>
        <source>Audit trail…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="59"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="61"/>
        <source>Lock now at any time with {shortcut}.</source>
        <translation>Bloquee en cualquier momento con {shortcut}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="74"/>
        <source>Lock after idle:</source>
        <translation>Bloquear tras inactividad:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="76"/>
        <source>Exports:</source>
        <translation>Exportaciones:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/security_settings.py" line="81"/>
        <source>Manage:</source>
        <translation>Administrar:</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="131"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/member_dialogs.py" line="160"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>TopicEditorDialog</name>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="71"/>
        <source>New clinic topic</source>
        <translation>Tema nuevo de la clínica</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="73"/>
        <source>Edit topic: {title}</source>
        <translation>Editar tema: {title}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="79"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="82"/>
        <source>Lowercase letters, digits and hyphens; it never changes after saving.</source>
        <translation>Letras minúsculas, dígitos y guiones; no cambia nunca después de guardar.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="85"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="87"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="91"/>
        <source>Group model</source>
        <translation>Modelo de grupo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="96"/>
        <source>Session length in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="98"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="104"/>
        <source>Phase: {phase}</source>
        <translation>Fase: {phase}</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="112"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="113"/>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="114"/>
        <source>Group &amp;model:</source>
        <translation>&amp;Modelo de grupo:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="115"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="116"/>
        <source>Phases:</source>
        <translation>Fases:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="121"/>
        <source>Agenda segments</source>
        <translation>Segmentos de la agenda</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="130"/>
        <source>Agenda total</source>
        <translation>Total de la agenda</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="132"/>
        <source>&amp;Add segment</source>
        <translation>&amp;Agregar segmento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="133"/>
        <source>&amp;Remove segment</source>
        <translation>&amp;Quitar segmento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="134"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="135"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="146"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="148"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="151"/>
        <source>Discussion prompts</source>
        <translation>Preguntas para la conversación</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="154"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="154"/>
        <source>What the group does, step by step</source>
        <translation>Lo que hace el grupo, paso a paso</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="156"/>
        <source>Facilitator tips</source>
        <translation>Consejos para el facilitador</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="157"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="159"/>
        <source>Handout (Markdown)</source>
        <translation>Material (Markdown)</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="161"/>
        <source># Title

Short sections, bullet lists, blanks: ____</source>
        <translation># Título

Secciones cortas, listas con viñetas, espacios en blanco: ____</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="166"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="167"/>
        <source>&amp;Prompts:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="168"/>
        <source>Acti&amp;vity:</source>
        <translation>Acti&amp;vidad:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="169"/>
        <source>T&amp;ips:</source>
        <translation>Co&amp;nsejos:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="170"/>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Fuentes:</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="173"/>
        <source>Topic parts</source>
        <translation>Partes del tema</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="174"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="175"/>
        <source>Objectives, prompts, activity</source>
        <translation>Objetivos, preguntas, actividad</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="176"/>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="182"/>
        <source>Save topic</source>
        <translation>Guardar tema</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="224"/>
        <source>Agenda: {total} of {length} minutes. Adds up.</source>
        <translation>Agenda: {total} de {length} minutos. Cuadra.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="226"/>
        <source>Agenda: {total} of {length} minutes. Add {gap}.</source>
        <translation>Agenda: {total} de {length} minutos. Faltan {gap}.</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_editor.py" line="229"/>
        <source>Agenda: {total} of {length} minutes. {gap} too many.</source>
        <translation>Agenda: {total} de {length} minutos. Sobran {gap}.</translation>
    </message>
</context>
<context>
    <name>TopicModels</name>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="30"/>
        <source>Clinic, retired</source>
        <translation>Clínica, retirado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="31"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="33"/>
        <source>Built-in, retired</source>
        <translation>Incluido, retirado</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="34"/>
        <source>Built-in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="41"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="42"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="43"/>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="118"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="44"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="70"/>
        <source>{title} ({key}, version {version})</source>
        <translation>{title} ({key}, versión {version})</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="117"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="119"/>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <location filename="../../iop_facilitator/ui/topic_models.py" line="188"/>
        <source>New segment</source>
        <translation>Segmento nuevo</translation>
    </message>
</context>
</TS>
