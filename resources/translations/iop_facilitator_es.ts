<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Hora actual</translation>
    </message>
    <message>
        <source>Current segment</source>
        <translation>Segmento actual</translation>
    </message>
    <message>
        <source>Time left in this segment</source>
        <translation>Tiempo restante de este segmento</translation>
    </message>
    <message>
        <source>Time left in the session</source>
        <translation>Tiempo restante de la sesión</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Segmento siguiente</translation>
    </message>
    <message>
        <source>What happens in this segment</source>
        <translation>Qué se hace en este segmento</translation>
    </message>
    <message>
        <source>Agenda segments</source>
        <translation>Segmentos de la agenda</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Atrás</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Segmento anterior</translation>
    </message>
    <message>
        <source>Previous segment (Ctrl+Left)</source>
        <translation>Segmento anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the segment clock</source>
        <translation>Pausar o reanudar el reloj del segmento</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Avanzar &gt;</translation>
    </message>
    <message>
        <source>Next segment (Ctrl+Right)</source>
        <translation>Segmento siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>This session has no topic agenda.</source>
        <translation>Esta sesión no tiene agenda de tema.</translation>
    </message>
    <message>
        <source>No agenda</source>
        <translation>Sin agenda</translation>
    </message>
    <message>
        <source>Now: {segment}</source>
        <translation>Ahora: {segment}</translation>
    </message>
    <message>
        <source>{time} over time</source>
        <translation>{time} pasado del tiempo</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Next: {segment} ({minutes} min)</source>
        <translation>Siguiente: {segment} ({minutes} min)</translation>
    </message>
    <message>
        <source>Next: end of session</source>
        <translation>Siguiente: fin de la sesión</translation>
    </message>
    <message>
        <source>Session: {time} left</source>
        <translation>Sesión: quedan {time}</translation>
    </message>
    <message>
        <source>Session: {time} past the planned end</source>
        <translation>Sesión: {time} de más</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Resume session</source>
        <translation>Reanudar sesión</translation>
    </message>
    <message>
        <source>{group} on {day} is still running (started {time}).
Resume it where you left off?</source>
        <translation>{group} del {day} sigue en curso (empezó a las {time}).
¿Reanudarla donde la dejó?</translation>
    </message>
    <message>
        <source>{group} is still running. Resume it?</source>
        <translation>{group} sigue en curso. ¿Reanudarla?</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Deseo de consumo</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The app has not changed the file and will not write to it.</source>
        <translation>La aplicación no ha modificado el archivo y no escribirá en él.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Copia de seguridad válida más reciente</translation>
    </message>
    <message>
        <source>It holds {members} members, {sessions} sessions and {notes} notes.</source>
        <translation>Contiene {members} miembros, {sessions} sesiones y {notes} notas.</translation>
    </message>
    <message>
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt;.</source>
        <translation>La copia de seguridad válida más reciente es del &lt;b&gt;{when}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Restoring it keeps the damaged file aside (renamed, not deleted). Anything entered after that backup is not in it.</source>
        <translation>Al restaurarla, el archivo dañado se guarda aparte (con otro nombre, no se borra). Lo que se haya ingresado después de esa copia no está en ella.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>Se guardó {name} en {folder}.</translation>
    </message>
    <message>
        <source>Exporting notes...</source>
        <translation>Exportando notas...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting notes</source>
        <translation>Exportando notas</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Exporting note {n} of {total}...</source>
        <translation>Exportando nota {n} de {total}...</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Exports...</source>
        <translation>&amp;Exportaciones...</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
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
        <source>Groups to include (none ticked: every group)</source>
        <translation>Grupos a incluir (ninguno marcado: todos los grupos)</translation>
    </message>
    <message>
        <source>Attendance CSV...</source>
        <translation>Asistencia en CSV...</translation>
    </message>
    <message>
        <source>Export attendance as CSV for the range</source>
        <translation>Exportar la asistencia del período en CSV</translation>
    </message>
    <message>
        <source>Weekly hours CSV...</source>
        <translation>Horas semanales en CSV...</translation>
    </message>
    <message>
        <source>Export weekly hours as CSV for the range</source>
        <translation>Exportar las horas semanales del período en CSV</translation>
    </message>
    <message>
        <source>Notes for the range...</source>
        <translation>Notas del período...</translation>
    </message>
    <message>
        <source>Export every note of the range into a folder</source>
        <translation>Exportar todas las notas del período a una carpeta</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Note file format</source>
        <translation>Formato de archivo de las notas</translation>
    </message>
    <message>
        <source>Include unsigned notes as drafts (marked DRAFT, not for the chart)</source>
        <translation>Incluir notas sin firmar como borradores (marcadas BORRADOR, no para el expediente)</translation>
    </message>
    <message>
        <source>Include unsigned notes as drafts</source>
        <translation>Incluir notas sin firmar como borradores</translation>
    </message>
    <message>
        <source>Date range and groups</source>
        <translation>Período y grupos</translation>
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
        <source>Groups
(none ticked:
every group)</source>
        <translation>Grupos
(ninguno marcado:
todos)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Sign-in sheet...</source>
        <translation>Hoja de firmas...</translation>
    </message>
    <message>
        <source>Export the session&apos;s printable sign-in sheet</source>
        <translation>Exportar la hoja de firmas imprimible de la sesión</translation>
    </message>
    <message>
        <source>Group summary...</source>
        <translation>Resumen del grupo...</translation>
    </message>
    <message>
        <source>Export the session&apos;s group summary (internal)</source>
        <translation>Exportar el resumen del grupo de la sesión (uso interno)</translation>
    </message>
    <message>
        <source>One session (from the range above)</source>
        <translation>Una sesión (del período de arriba)</translation>
    </message>
    <message>
        <source>Choose what to export; each asks for a folder. Files are never overwritten.</source>
        <translation>Elija qué exportar; cada opción pide una carpeta. Nunca se sobrescriben archivos.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No sessions in this range</source>
        <translation>No hay sesiones en este período</translation>
    </message>
    <message>
        <source>Save the export in which folder?</source>
        <translation>¿En qué carpeta guardar la exportación?</translation>
    </message>
    <message>
        <source>Save the document in which folder?</source>
        <translation>¿En qué carpeta guardar el documento?</translation>
    </message>
    <message>
        <source>Save the notes in which folder?</source>
        <translation>¿En qué carpeta guardar las notas?</translation>
    </message>
    <message>
        <source>No notes in this range.</source>
        <translation>No hay notas en este período.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenido(a) a {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Set up this laptop for your program.&lt;/b&gt;&lt;br&gt;Everything is kept on this computer, encrypted with a passphrase you choose now. The passphrase is never stored: write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Configure esta computadora para su programa.&lt;/b&gt;&lt;br&gt;Todo se guarda en esta computadora, cifrado con una frase de contraseña que usted elige ahora. La frase de contraseña nunca se guarda: anótela y guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>e.g. Riverside Recovery Center</source>
        <translation>p. ej., Centro de Recuperación Riverside</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation>Sus credenciales</translation>
    </message>
    <message>
        <source>e.g. LADC, CADC, LPC, LCSW</source>
        <translation>p. ej., LADC, CADC, LPC, LCSW</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>Nombre de la clínica:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Credenciales:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Repita la frase:</translation>
    </message>
    <message>
        <source>Create encrypted database</source>
        <translation>Crear base de datos cifrada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please enter your name: it goes on every note you sign.</source>
        <translation>Escriba su nombre: aparece en cada nota que firme.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Salió temprano</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Ausente, justificado</translation>
    </message>
    <message>
        <source>Absent, unexcused</source>
        <translation>Ausente, injustificado</translation>
    </message>
    <message>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <source>Completed program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido(a)</translation>
    </message>
    <message>
        <source>Stepped up to a higher level of care</source>
        <translation>Pasó a un nivel de atención más alto</translation>
    </message>
    <message>
        <source>Stepped down to a lower level of care</source>
        <translation>Pasó a un nivel de atención más bajo</translation>
    </message>
    <message>
        <source>Left against advice</source>
        <translation>Se fue en contra de la recomendación clínica</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrativo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>No se tomó</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo(a)</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado(a) de alta</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Lista para firmar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Treatment engagement</source>
        <translation>Compromiso con el tratamiento</translation>
    </message>
    <message>
        <source>Early recovery</source>
        <translation>Recuperación temprana</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Community integration</source>
        <translation>Integración comunitaria</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Ninguno reportado</translation>
    </message>
    <message>
        <source>Ideation</source>
        <translation>Ideación</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Amenaza</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Gesture</source>
        <translation>Gesto</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Notes signed</source>
        <translation>Notas firmadas</translation>
    </message>
    <message>
        <source>Precontemplation</source>
        <translation>Precontemplación</translation>
    </message>
    <message>
        <source>Contemplation</source>
        <translation>Contemplación</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recaída</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Uso de sustancias</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Co-occurring</source>
        <translation>Trastornos concurrentes</translation>
    </message>
    <message>
        <source>Adolescent</source>
        <translation>Adolescentes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Declined to say</source>
        <translation>Prefirió no decir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Notes unsigned</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Ended, notes signed</source>
        <translation>Terminada, notas firmadas</translation>
    </message>
    <message>
        <source>Safety flag</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>Below hours target</source>
        <translation>Por debajo de la meta de horas</translation>
    </message>
    <message>
        <source>Missed sessions</source>
        <translation>Faltó a sesiones</translation>
    </message>
    <message>
        <source>Discharge this week</source>
        <translation>Alta esta semana</translation>
    </message>
    <message>
        <source>New this week</source>
        <translation>Nuevo(a) esta semana</translation>
    </message>
    <message>
        <source>Psychoeducational</source>
        <translation>Psicoeducativo</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>CBT</source>
        <translation>TCC</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>New: will be imported</source>
        <translation>Nuevo: se importará</translation>
    </message>
    <message>
        <source>Already in the app: skipped</source>
        <translation>Ya está en la aplicación: se omite</translation>
    </message>
    <message>
        <source>Repeated in this file: skipped</source>
        <translation>Repetido en este archivo: se omite</translation>
    </message>
    <message>
        <source>Problem: not imported</source>
        <translation>Problema: no se importa</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bloqueada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Who locked the window</source>
        <translation>Quién bloqueó la ventana</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>PIN or passphrase:</source>
        <translation>PIN o frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No groups yet: add one in Groups, then today&apos;s sessions appear here.</source>
        <translation>Aún no hay grupos: agregue uno en Grupos y las sesiones de hoy aparecerán aquí.</translation>
    </message>
    <message>
        <source>No session running. Start one from Today or Groups.</source>
        <translation>No hay ninguna sesión en curso. Inicie una desde Hoy o Grupos.</translation>
    </message>
    <message>
        <source>No notes to write yet. After a session ends, its notes appear here.</source>
        <translation>Aún no hay notas por escribir. Cuando termine una sesión, sus notas aparecerán aquí.</translation>
    </message>
    <message>
        <source>No members yet. Admit members here once groups exist.</source>
        <translation>Aún no hay miembros. Admita miembros aquí cuando existan grupos.</translation>
    </message>
    <message>
        <source>No groups yet: a group has a name, meeting days, a start time and a room.</source>
        <translation>Aún no hay grupos: un grupo tiene nombre, días de reunión, hora de inicio y sala.</translation>
    </message>
    <message>
        <source>The curriculum library lists the topics you can run a session from.</source>
        <translation>La biblioteca del currículo enumera los temas con los que puede dirigir una sesión.</translation>
    </message>
    <message>
        <source>Reports appear once sessions have been held.</source>
        <translation>Los informes aparecen cuando ya se han realizado sesiones.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Choose a section; Ctrl+1 to Ctrl+8 jump directly.</source>
        <translation>Elija una sección; Ctrl+1 a Ctrl+8 van directamente.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>DEMO CLINIC: fictional data</source>
        <translation>CLÍNICA DE DEMOSTRACIÓN: datos ficticios</translation>
    </message>
    <message>
        <source>Demo clinic: fictional data</source>
        <translation>Clínica de demostración: datos ficticios</translation>
    </message>
    <message>
        <source>Facilitator: {name}</source>
        <translation>Facilitador(a): {name}</translation>
    </message>
    <message>
        <source>No facilitator chosen</source>
        <translation>No se eligió facilitador(a)</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Preguntas para la conversación</translation>
    </message>
    <message>
        <source>This topic has no prompts.</source>
        <translation>Este tema no tiene preguntas.</translation>
    </message>
    <message>
        <source>This topic has no activity.</source>
        <translation>Este tema no tiene actividad.</translation>
    </message>
    <message>
        <source>This topic has no handout.</source>
        <translation>Este tema no tiene material impreso.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir el material</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Not asked</source>
        <translation>No se preguntó</translation>
    </message>
    <message>
        <source>An unexpected result needs confirmation testing before it is acted on.</source>
        <translation>Un resultado inesperado necesita una prueba de confirmación antes de tomar medidas.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Craving, 0 to 10</source>
        <translation>Deseo de consumo, de 0 a 10</translation>
    </message>
    <message>
        <source>Use since last session</source>
        <translation>Consumo desde la última sesión</translation>
    </message>
    <message>
        <source>Drug screen</source>
        <translation>Prueba de drogas</translation>
    </message>
    <message>
        <source>Substances the screen was positive for</source>
        <translation>Sustancias con resultado positivo</translation>
    </message>
    <message>
        <source>Substances (if positive)</source>
        <translation>Sustancias (si es positivo)</translation>
    </message>
    <message>
        <source>Mood word</source>
        <translation>Palabra de ánimo</translation>
    </message>
    <message>
        <source>One word, e.g. calm, tired, anxious</source>
        <translation>Una palabra, p. ej., tranquilo, cansado, ansioso</translation>
    </message>
    <message>
        <source>Safety concern: follow up after group</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Preocupación de seguridad</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <source>Quick note for this member</source>
        <translation>Nota rápida para este miembro</translation>
    </message>
    <message>
        <source>What they shared, how they took part (feeds the note).</source>
        <translation>Lo que compartió, cómo participó (alimenta la nota).</translation>
    </message>
    <message>
        <source>Private jottings, not part of the chart</source>
        <translation>Apuntes privados, no forman parte del expediente</translation>
    </message>
    <message>
        <source>Private: never exported unless you ask.</source>
        <translation>Privado: nunca se exporta a menos que usted lo pida.</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Llegó:</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Salió:</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Craving (0-10):</source>
        <translation>Deseo (0-10):</translation>
    </message>
    <message>
        <source>Use since last:</source>
        <translation>Consumo reciente:</translation>
    </message>
    <message>
        <source>Drug screen:</source>
        <translation>Prueba de drogas:</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Ánimo:</translation>
    </message>
    <message>
        <source>Quick note (goes into this member&apos;s note):</source>
        <translation>Nota rápida (va a la nota de este miembro):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private jottings&lt;/b&gt;: not part of the chart (42 CFR Part 2 counseling notes).</source>
        <translation>&lt;b&gt;Apuntes privados&lt;/b&gt;: no forman parte del expediente (notas de consejería según 42 CFR Parte 2).</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Miembro: {name}</translation>
    </message>
    <message>
        <source>Member {name}</source>
        <translation>Miembro {name}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Internal error</source>
        <translation>Error interno</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. Your saved work is safe.</source>
        <translation>Algo falló dentro de la aplicación. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
        <source>A report without any client information was written to:
{path}</source>
        <translation>Se escribió un informe sin ninguna información de clientes en:
{path}</translation>
    </message>
    <message>
        <source>A report without any client information was written.</source>
        <translation>Se escribió un informe sin ninguna información de clientes.</translation>
    </message>
</context>
<context>
    <name>NoteBar</name>
    <message numerus="yes">
        <source>Wrote %n note(s) in {folder}.</source>
        <translation>
            <numerusform>Se escribió %n nota en {folder}.</numerusform>
            <numerusform>Se escribieron %n notas en {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Responsive only</source>
        <translation>Solo responde</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retraído(a)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>Solidario(a)</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Comparte</translation>
    </message>
    <message>
        <source>Attentive</source>
        <translation>Atento(a)</translation>
    </message>
    <message>
        <source>Intrusive</source>
        <translation>Interrumpe</translation>
    </message>
    <message>
        <source>Monopolising</source>
        <translation>Acapara la conversación</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Resistente</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Attendance facts</source>
        <translation>Datos de asistencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Participation level</source>
        <translation>Nivel de participación</translation>
    </message>
    <message>
        <source>Participation quality</source>
        <translation>Calidad de la participación</translation>
    </message>
    <message>
        <source>Affect</source>
        <translation>Afecto</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk follow-up</source>
        <translation>Seguimiento del riesgo</translation>
    </message>
    <message>
        <source>What you did: safety plan, supervisor told, referral...</source>
        <translation>Lo que hizo: plan de seguridad, aviso al supervisor, derivación...</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Etapa de cambio</translation>
    </message>
    <message>
        <source>Importance, 0 to 10</source>
        <translation>Importancia, de 0 a 10</translation>
    </message>
    <message>
        <source>Confidence, 0 to 10</source>
        <translation>Confianza, de 0 a 10</translation>
    </message>
    <message>
        <source>Treatment-plan goal addressed</source>
        <translation>Meta del plan de tratamiento trabajada</translation>
    </message>
    <message>
        <source>Participation:</source>
        <translation>Participación:</translation>
    </message>
    <message>
        <source>Affect:</source>
        <translation>Afecto:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Riesgo:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Stage of change:</source>
        <translation>Etapa de cambio:</translation>
    </message>
    <message>
        <source>Importance / confidence:</source>
        <translation>Importancia / confianza:</translation>
    </message>
    <message>
        <source>Goal addressed:</source>
        <translation>Meta trabajada:</translation>
    </message>
    <message>
        <source>Chartable details</source>
        <translation>Datos para el expediente</translation>
    </message>
    <message>
        <source>What the note still needs</source>
        <translation>Lo que le falta a la nota</translation>
    </message>
    <message>
        <source>Other members&apos; names found in this note</source>
        <translation>Nombres de otros miembros encontrados en esta nota</translation>
    </message>
    <message>
        <source>Replace names with &apos;a peer&apos;</source>
        <translation>Reemplazar nombres por &apos;un compañero&apos;</translation>
    </message>
    <message>
        <source>Replace other members&apos; names with a peer</source>
        <translation>Reemplazar los nombres de otros miembros por &apos;un compañero&apos;</translation>
    </message>
    <message>
        <source>Not a person: dismiss</source>
        <translation>No es una persona: descartar</translation>
    </message>
    <message>
        <source>Dismiss the selected flag</source>
        <translation>Descartar la alerta seleccionada</translation>
    </message>
    <message>
        <source>Confidentiality check</source>
        <translation>Revisión de confidencialidad</translation>
    </message>
    <message>
        <source>Sign note...</source>
        <translation>Firmar nota...</translation>
    </message>
    <message>
        <source>Sign this note</source>
        <translation>Firmar esta nota</translation>
    </message>
    <message>
        <source>Lock the note under your name (Ctrl+Shift+S)</source>
        <translation>Cerrar la nota con su nombre (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <source>New addendum</source>
        <translation>Nueva adenda</translation>
    </message>
    <message>
        <source>A dated addendum (the signed note itself cannot change).</source>
        <translation>Una adenda con fecha (la nota firmada en sí no puede cambiar).</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>No hay ninguna nota seleccionada</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>{attendance}, {minutes} minutes. Format: {format}.</source>
        <translation>{attendance}, {minutes} minutos. Formato: {format}.</translation>
    </message>
    <message>
        <source>Ready to sign.</source>
        <translation>Lista para firmar.</translation>
    </message>
    <message>
        <source>Still needed: {items}.</source>
        <translation>Falta: {items}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; in {field}</source>
        <translation>&apos;{name}&apos; en {field}</translation>
    </message>
    <message>
        <source>Confidentiality check: no other member named</source>
        <translation>Revisión de confidencialidad: no se nombra a otros miembros</translation>
    </message>
    <message numerus="yes">
        <source>Confidentiality check: %n other member name(s) found</source>
        <translation>
            <numerusform>Revisión de confidencialidad: se encontró %n nombre de otro miembro</numerusform>
            <numerusform>Revisión de confidencialidad: se encontraron %n nombres de otros miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>No addenda.</source>
        <translation>Sin adendas.</translation>
    </message>
    <message>
        <source>{section} section</source>
        <translation>Sección {section}</translation>
    </message>
</context>
<context>
    <name>NoteExportBar</name>
    <message>
        <source>Export note PDF...</source>
        <translation>Exportar nota en PDF...</translation>
    </message>
    <message>
        <source>Export this note as PDF</source>
        <translation>Exportar esta nota en PDF</translation>
    </message>
    <message>
        <source>Export note text...</source>
        <translation>Exportar nota en texto...</translation>
    </message>
    <message>
        <source>Export this note as plain text</source>
        <translation>Exportar esta nota como texto sin formato</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copy this note&apos;s text to the clipboard for the EHR</source>
        <translation>Copiar el texto de esta nota al portapapeles para el expediente electrónico</translation>
    </message>
    <message>
        <source>Export session...</source>
        <translation>Exportar sesión...</translation>
    </message>
    <message>
        <source>Export every signed note of this session</source>
        <translation>Exportar todas las notas firmadas de esta sesión</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>Export a draft?</source>
        <translation>¿Exportar un borrador?</translation>
    </message>
    <message>
        <source>This note is not signed. Export it as a DRAFT (marked on every page, not for the chart)?</source>
        <translation>Esta nota no está firmada. ¿Exportarla como BORRADOR (marcado en cada página, no para el expediente)?</translation>
    </message>
    <message>
        <source>Export the note into which folder?</source>
        <translation>¿A qué carpeta exportar la nota?</translation>
    </message>
    <message>
        <source>Copied: paste it into the EHR&apos;s note field.</source>
        <translation>Copiado: péguelo en el campo de nota del expediente electrónico.</translation>
    </message>
    <message>
        <source>Export the session&apos;s signed notes into which folder?</source>
        <translation>¿A qué carpeta exportar las notas firmadas de la sesión?</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Words to search for in notes</source>
        <translation>Palabras a buscar en las notas</translation>
    </message>
    <message>
        <source>Words in the note, e.g. weekend trigger</source>
        <translation>Palabras de la nota, p. ej., detonante fin de semana</translation>
    </message>
    <message>
        <source>Notes found</source>
        <translation>Notas encontradas</translation>
    </message>
    <message>
        <source>How many notes were found</source>
        <translation>Cuántas notas se encontraron</translation>
    </message>
    <message>
        <source>(first 50)</source>
        <translation>(primeras 50)</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Session to document</source>
        <translation>Sesión a documentar</translation>
    </message>
    <message>
        <source>Notes signed</source>
        <translation>Notas firmadas</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Search notes...</source>
        <translation>Buscar notas...</translation>
    </message>
    <message>
        <source>Search all notes</source>
        <translation>Buscar en todas las notas</translation>
    </message>
    <message>
        <source>Find notes by their words (Ctrl+F)</source>
        <translation>Buscar notas por sus palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sign all ready...</source>
        <translation>Firmar las listas...</translation>
    </message>
    <message>
        <source>Sign all notes that are ready</source>
        <translation>Firmar todas las notas listas</translation>
    </message>
    <message>
        <source>Member notes</source>
        <translation>Notas de miembros</translation>
    </message>
    <message>
        <source>Ctrl+PgDown and Ctrl+PgUp move between notes.</source>
        <translation>Ctrl+AvPág y Ctrl+RePág pasan de una nota a otra.</translation>
    </message>
    <message>
        <source>Notes that look cloned</source>
        <translation>Notas que parecen copiadas</translation>
    </message>
    <message>
        <source>Section to apply to all present</source>
        <translation>Sección a aplicar a todos los presentes</translation>
    </message>
    <message>
        <source>Shared text for all present members</source>
        <translation>Texto común para todos los miembros presentes</translation>
    </message>
    <message>
        <source>e.g. the interventions used. Member-specific sections stay individual.</source>
        <translation>p. ej., las intervenciones usadas. Las secciones propias de cada miembro siguen siendo individuales.</translation>
    </message>
    <message>
        <source>Apply to all present</source>
        <translation>Aplicar a todos los presentes</translation>
    </message>
    <message>
        <source>Apply the shared text to all present members</source>
        <translation>Aplicar el texto común a todos los miembros presentes</translation>
    </message>
    <message>
        <source>Write once for everyone present</source>
        <translation>Escribir una vez para todos los presentes</translation>
    </message>
    <message>
        <source>No notes to write yet. After a session ends, its notes appear here.</source>
        <translation>Aún no hay notas por escribir. Cuando termine una sesión, sus notas aparecerán aquí.</translation>
    </message>
    <message>
        <source>{signed} of {total} signed</source>
        <translation>{signed} de {total} firmadas</translation>
    </message>
    <message>
        <source>notes not started</source>
        <translation>notas sin empezar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Lista para firmar</translation>
    </message>
    <message>
        <source>Draft: {n} to do</source>
        <translation>Borrador: faltan {n}</translation>
    </message>
    <message>
        <source>Look again, these read alike (individual notes must differ): </source>
        <translation>Revise de nuevo, estas se parecen (las notas individuales deben ser distintas): </translation>
    </message>
    <message>
        <source>{a} and {b} ({section})</source>
        <translation>{a} y {b} ({section})</translation>
    </message>
    <message>
        <source>(shared)</source>
        <translation>(común)</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}  (content hash {hash}...)</source>
        <translation>Firmada por {name} el {when}  (huella del contenido {hash}...)</translation>
    </message>
    <message>
        <source>LATE ENTRY</source>
        <translation>REGISTRO TARDÍO</translation>
    </message>
    <message>
        <source>Addendum {when} by {author}:</source>
        <translation>Adenda del {when} por {author}:</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
    <message>
        <source>Choose who you are before signing.</source>
        <translation>Indique quién es usted antes de firmar.</translation>
    </message>
    <message>
        <source>the note for {name}</source>
        <translation>la nota de {name}</translation>
    </message>
    <message>
        <source>every ready note of this session</source>
        <translation>todas las notas listas de esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>Signed %n note(s).</source>
        <translation>
            <numerusform>Se firmó %n nota.</numerusform>
            <numerusform>Se firmaron %n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed yet:</source>
        <translation>Aún sin firmar:</translation>
    </message>
    <message>
        <source>A verified backup was made ({time}).</source>
        <translation>Se hizo una copia de seguridad verificada ({time}).</translation>
    </message>
    <message>
        <source>The signatures are saved, but the backup failed: {reason}</source>
        <translation>Las firmas están guardadas, pero la copia de seguridad falló: {reason}</translation>
    </message>
    <message>
        <source>Sign all ready</source>
        <translation>Firmar las listas</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>P present, L late, E left early, X absent excused, U absent unexcused, T telehealth</source>
        <translation>P presente, L tarde, E salió temprano, X ausente justificado, U ausente injustificado, T telesalud</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>visitante</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>FLAG: follow up</source>
        <translation>ALERTA: dar seguimiento</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n nota encontrada</numerusform>
            <numerusform>%n notas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>No session running. Start one from Today or Groups.</source>
        <translation>No hay ninguna sesión en curso. Inicie una desde Hoy o Grupos.</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>Iniciar una sesión...</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Iniciar una sesión</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>Record the end time and go to the notes (Ctrl+Shift+E)</source>
        <translation>Registrar la hora de fin e ir a las notas (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de miembros</translation>
    </message>
    <message>
        <source>Arrow keys move; letters set attendance: {keys}.</source>
        <translation>Las flechas mueven; las letras marcan la asistencia: {keys}.</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Marcar a todos presentes</translation>
    </message>
    <message>
        <source>Everyone not yet marked becomes present (Ctrl+Shift+P)</source>
        <translation>Todos los que aún no están marcados quedan presentes (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Add a drop-in...</source>
        <translation>Agregar visitante...</translation>
    </message>
    <message>
        <source>Add a drop-in member to this session</source>
        <translation>Agregar un miembro visitante a esta sesión</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>Teclas: {keys}</translation>
    </message>
    <message>
        <source>Quick note for the whole group</source>
        <translation>Nota rápida para todo el grupo</translation>
    </message>
    <message>
        <source>Group process, themes, anything for the group note.</source>
        <translation>Proceso del grupo, temas, lo que sirva para la nota de grupo.</translation>
    </message>
    <message>
        <source>Group quick note:</source>
        <translation>Nota rápida del grupo:</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Show the topic&apos;s prompts</source>
        <translation>Mostrar las preguntas del tema</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Show the topic&apos;s activity</source>
        <translation>Mostrar la actividad del tema</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Show the topic&apos;s handout</source>
        <translation>Mostrar el material del tema</translation>
    </message>
    <message>
        <source>No topic chosen</source>
        <translation>No se eligió tema</translation>
    </message>
    <message>
        <source>Topic: {topic}    Planned {planned}    Started {started}</source>
        <translation>Tema: {topic}    Prevista {planned}    Empezó {started}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Tema: {topic}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
    <message>
        <source>Add a drop-in</source>
        <translation>Agregar visitante</translation>
    </message>
    <message>
        <source>Every active member is already on this roster.</source>
        <translation>Todos los miembros activos ya están en esta lista.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Miembro:</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Preguntas para la conversación</translation>
    </message>
    <message>
        <source>Safety protocol</source>
        <translation>Protocolo de seguridad</translation>
    </message>
    <message>
        <source>Safety concern marked. Follow the clinic&apos;s safety protocol:</source>
        <translation>Se marcó una preocupación de seguridad. Siga el protocolo de seguridad de la clínica:</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have no attendance mark. End the session anyway?
You can still correct attendance before the notes are signed.</source>
        <translation>
            <numerusform>%n miembro no tiene asistencia marcada. ¿Terminar la sesión de todos modos?
Todavía puede corregir la asistencia antes de firmar las notas.</numerusform>
            <numerusform>%n miembros no tienen asistencia marcada. ¿Terminar la sesión de todos modos?
Todavía puede corregir la asistencia antes de firmar las notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session ended. Its notes are ready to write in Notes.</source>
        <translation>Sesión terminada. Sus notas están listas para escribirse en Notas.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign {what} as {signer}.&lt;/b&gt;&lt;br&gt;A signed note is locked for good: later changes can only be dated addenda.</source>
        <translation>&lt;b&gt;Firmar {what} como {signer}.&lt;/b&gt;&lt;br&gt;Una nota firmada queda cerrada para siempre: los cambios posteriores solo pueden ser adendas con fecha.</translation>
    </message>
    <message>
        <source>Your PIN or the passphrase, to confirm your signature</source>
        <translation>Su PIN o la frase de contraseña, para confirmar su firma</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>PIN or passphrase:</source>
        <translation>PIN o frase de contraseña:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>That did not confirm your identity. Nothing was signed. Try again.</source>
        <translation>No se pudo confirmar su identidad. No se firmó nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start a session</source>
        <translation>Iniciar una sesión</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Why this topic is suggested</source>
        <translation>Por qué se sugiere este tema</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Co-facilitator</source>
        <translation>Cofacilitador(a)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Empieza:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Facilitador(a):</translation>
    </message>
    <message>
        <source>Co-facilitator:</source>
        <translation>Cofacilitador(a):</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidad:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Sala:</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Iniciar ahora</translation>
    </message>
    <message>
        <source>Start the session now</source>
        <translation>Iniciar la sesión ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>(does not meet today)</source>
        <translation>(no se reúne hoy)</translation>
    </message>
    <message>
        <source>No groups yet: add one in Groups first.</source>
        <translation>Aún no hay grupos: primero agregue uno en Grupos.</translation>
    </message>
    <message>
        <source>{title} ({series}, {minutes} min)</source>
        <translation>{title} ({series}, {minutes} min)</translation>
    </message>
    <message>
        <source>Suggested: {topic}</source>
        <translation>Sugerido: {topic}</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Start session</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Reanudar sesión</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Abrir notas</translation>
    </message>
    <message>
        <source>Notes unsigned ({unsigned} of {expected})</source>
        <translation>Notas sin firmar ({unsigned} de {expected})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Over 24 h</source>
        <translation>Más de 24 h</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{unsigned} of {roster}</source>
        <translation>{unsigned} de {roster}</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh Today (F5)</source>
        <translation>Actualizar Hoy (F5)</translation>
    </message>
    <message>
        <source>Groups today</source>
        <translation>Grupos de hoy</translation>
    </message>
    <message>
        <source>Enter starts, resumes or opens the notes of the selected group.</source>
        <translation>Intro inicia, reanuda o abre las notas del grupo seleccionado.</translation>
    </message>
    <message>
        <source>No groups meet today.</source>
        <translation>Hoy no se reúne ningún grupo.</translation>
    </message>
    <message>
        <source>Why this topic</source>
        <translation>Por qué este tema</translation>
    </message>
    <message>
        <source>Start, resume or open notes for the selected group</source>
        <translation>Iniciar, reanudar o abrir las notas del grupo seleccionado</translation>
    </message>
    <message>
        <source>Members to watch</source>
        <translation>Miembros a vigilar</translation>
    </message>
    <message>
        <source>Enter shows the member&apos;s progress.</source>
        <translation>Intro muestra el progreso del miembro.</translation>
    </message>
    <message>
        <source>Nobody needs extra attention today.</source>
        <translation>Hoy nadie necesita atención adicional.</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Ver progreso</translation>
    </message>
    <message>
        <source>Show the selected member&apos;s progress</source>
        <translation>Ver el progreso del miembro seleccionado</translation>
    </message>
    <message>
        <source>Unsigned notes</source>
        <translation>Notas sin firmar</translation>
    </message>
    <message>
        <source>Enter opens the session&apos;s notes.</source>
        <translation>Intro abre las notas de la sesión.</translation>
    </message>
    <message>
        <source>All notes are signed.</source>
        <translation>Todas las notas están firmadas.</translation>
    </message>
    <message>
        <source>Open the selected session&apos;s notes</source>
        <translation>Abrir las notas de la sesión seleccionada</translation>
    </message>
    <message>
        <source>No groups today</source>
        <translation>No hay grupos hoy</translation>
    </message>
    <message>
        <source>No members to watch</source>
        <translation>No hay miembros a vigilar</translation>
    </message>
    <message>
        <source>No unsigned notes</source>
        <translation>No hay notas sin firmar</translation>
    </message>
    <message>
        <source>No groups yet: add one in Groups, then today&apos;s sessions appear here.</source>
        <translation>Aún no hay grupos: agregue uno en Grupos y las sesiones de hoy aparecerán aquí.</translation>
    </message>
    <message>
        <source>Members to watch ({n})</source>
        <translation>Miembros a vigilar ({n})</translation>
    </message>
    <message>
        <source>Unsigned notes ({n})</source>
        <translation>Notas sin firmar ({n})</translation>
    </message>
    <message>
        <source>Suggested topic: {topic}.</source>
        <translation>Tema sugerido: {topic}.</translation>
    </message>
    <message>
        <source>Topic: {topic}.</source>
        <translation>Tema: {topic}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>There is no way to open the data without the passphrase: it is never stored, so nobody, not even IT, can recover it. If it is lost, restore the clinic&apos;s backup using the passphrase that was in use when that backup was made.</source>
        <translation>No hay forma de abrir los datos sin la frase de contraseña: nunca se guarda, así que nadie, ni siquiera el departamento de TI, puede recuperarla. Si se pierde, restaure la copia de seguridad de la clínica con la frase de contraseña que se usaba cuando se hizo esa copia.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>{app}: unlock</source>
        <translation>{app}: desbloquear</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the passphrase to open your clinic&apos;s records.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Escriba la frase de contraseña para abrir los registros de su clínica.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>This is the fictional demo clinic. Its passphrase is: demo-clinic</source>
        <translation>Esta es la clínica de demostración ficticia. Su frase de contraseña es: demo-clinic</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>¿Olvidó la frase?</translation>
    </message>
    <message>
        <source>Forgot passphrase</source>
        <translation>Olvidé la frase de contraseña</translation>
    </message>
    <message>
        <source>{message} (attempt {n})</source>
        <translation>{message} (intento {n})</translation>
    </message>
    <message>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>Espere {seconds} s antes del siguiente intento.</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <source>Lock ({shortcut})</source>
        <translation>Bloquear ({shortcut})</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Hide everything until the PIN or passphrase is entered</source>
        <translation>Ocultar todo hasta que se escriba el PIN o la frase de contraseña</translation>
    </message>
    <message>
        <source>Locked by {name} at {time}.</source>
        <translation>Bloqueada por {name} a las {time}.</translation>
    </message>
    <message>
        <source>Locked at {time}.</source>
        <translation>Bloqueada a las {time}.</translation>
    </message>
    <message>
        <source>Enter your PIN or the clinic passphrase.</source>
        <translation>Escriba su PIN o la frase de contraseña de la clínica.</translation>
    </message>
    <message>
        <source>Enter the clinic passphrase.</source>
        <translation>Escriba la frase de contraseña de la clínica.</translation>
    </message>
    <message>
        <source>That did not unlock the window (attempt {n}).</source>
        <translation>Eso no desbloqueó la ventana (intento {n}).</translation>
    </message>
    <message>
        <source>Too many wrong PINs: use the clinic passphrase.</source>
        <translation>Demasiados PIN incorrectos: use la frase de contraseña de la clínica.</translation>
    </message>
    <message>
        <source>Please wait {seconds} s before the next try.</source>
        <translation>Espere {seconds} s antes del siguiente intento.</translation>
    </message>
</context>
</TS>
