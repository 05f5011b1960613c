<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Something needs attention</source>
        <translation>Algo requiere su atención</translation>
    </message>
    <message>
        <source>Please check this entry</source>
        <translation>Revise este dato</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>This change is not allowed</source>
        <translation>Este cambio no está permitido</translation>
    </message>
    <message>
        <source>The app cannot continue</source>
        <translation>La aplicación no puede continuar</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de datos está ocupada</translation>
    </message>
    <message>
        <source>The database cannot be written</source>
        <translation>No se puede escribir en la base de datos</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <extracomment>The newest backup that passed its own check (a pathlib.Path), offered for restore; set by services.integrity when the damage is found at start.</extracomment>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>Made by a newer version</source>
        <translation>Creada por una versión más nueva</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Passphrase needed</source>
        <translation>Se necesita la frase de contraseña</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>A short break: stretch, water, fresh air.</source>
        <translation>Un descanso breve: estírese, beba agua, tome aire fresco.</translation>
    </message>
    <message>
        <source>{source}, line {line}, field &apos;{field}&apos;: {message}</source>
        <translation>{source}, línea {line}, campo &apos;{field}&apos;: {message}</translation>
    </message>
    <message>
        <source>{source}, line {line}: {message}</source>
        <translation>{source}, línea {line}: {message}</translation>
    </message>
    <message>
        <source>{source}, field &apos;{field}&apos;: {message}</source>
        <translation>{source}, campo &apos;{field}&apos;: {message}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <source>contains a NUL character: remove it.</source>
        <translation>contiene un carácter NUL: quítelo.</translation>
    </message>
    <message>
        <source>contains an invalid character: remove it.</source>
        <translation>contiene un carácter no válido: quítelo.</translation>
    </message>
    <message>
        <source>item {index} contains a NUL character: remove it.</source>
        <translation>el elemento {index} contiene un carácter NUL: quítelo.</translation>
    </message>
    <message>
        <source>item {index} contains an invalid character: remove it.</source>
        <translation>el elemento {index} contiene un carácter no válido: quítelo.</translation>
    </message>
    <message>
        <source>is missing: add it (text in quotes).</source>
        <translation>falta: añádalo (texto entre comillas).</translation>
    </message>
    <message>
        <source>must be text in quotes, not {kind}.</source>
        <translation>debe ser texto entre comillas, no {kind}.</translation>
    </message>
    <message>
        <source>is empty: write something here.</source>
        <translation>está vacío: escriba algo aquí.</translation>
    </message>
    <message>
        <source>is missing: add it as a list, e.g. [&quot;first&quot;, &quot;second&quot;].</source>
        <translation>falta: añádalo como lista, p. ej. [&quot;primero&quot;, &quot;segundo&quot;].</translation>
    </message>
    <message>
        <source>must be a list in square brackets, not {kind}.</source>
        <translation>debe ser una lista entre corchetes, no {kind}.</translation>
    </message>
    <message>
        <source>is an empty list: add at least one item.</source>
        <translation>es una lista vacía: añada al menos un elemento.</translation>
    </message>
    <message>
        <source>has {n} items: keep it to {most} at most.</source>
        <translation>tiene {n} elementos: no pase de {most}.</translation>
    </message>
    <message>
        <source>item {index} must be text in quotes and not empty.</source>
        <translation>el elemento {index} debe ser texto entre comillas y no estar vacío.</translation>
    </message>
    <message>
        <source>is missing: add it as a whole number.</source>
        <translation>falta: añádalo como número entero.</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}.</source>
        <translation>debe ser un número entero, no {kind}.</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>the number {value}</source>
        <translation>el número {value}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>is not a field topics have: check the spelling or remove it.</source>
        <translation>no es un campo de los temas: revise cómo está escrito o quítelo.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; may use only lowercase letters, digits and single hyphens (e.g. rp-high-risk-situations), {most} characters at most.</source>
        <translation>&apos;{key}&apos; solo puede llevar minúsculas, dígitos y guiones sueltos (p. ej. rp-high-risk-situations), {most} caracteres como máximo.</translation>
    </message>
    <message>
        <source>is too long: keep it to {n} characters.</source>
        <translation>es demasiado largo: no pase de {n} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{series}&apos; is not a series; use one of: {names}.</source>
        <translation>&apos;{series}&apos; no es una serie; use una de estas: {names}.</translation>
    </message>
    <message>
        <source>must be one of: {names}.</source>
        <translation>debe ser uno de estos: {names}.</translation>
    </message>
    <message>
        <source>is missing: add a list such as [&quot;early_recovery&quot;].</source>
        <translation>falta: añada una lista como [&quot;early_recovery&quot;].</translation>
    </message>
    <message>
        <source>must be a non-empty list such as [&quot;early_recovery&quot;].</source>
        <translation>debe ser una lista no vacía como [&quot;early_recovery&quot;].</translation>
    </message>
    <message>
        <source>&apos;{phase}&apos; is not a phase; use: {names}.</source>
        <translation>&apos;{phase}&apos; no es una fase; use: {names}.</translation>
    </message>
    <message>
        <source>names a phase twice: remove one.</source>
        <translation>nombra una fase dos veces: quite una.</translation>
    </message>
    <message>
        <source>is {n}; a session lasts 60, 90 or 180 minutes: use one of those.</source>
        <translation>es {n}; una sesión dura 60, 90 o 180 minutos: use uno de esos valores.</translation>
    </message>
    <message>
        <source>is {n}; versions start at 1: use 1 or more.</source>
        <translation>es {n}; las versiones empiezan en 1: use 1 o más.</translation>
    </message>
    <message>
        <source>are missing: add the agenda as [[segments]] blocks.</source>
        <translation>faltan: añada la agenda como bloques [[segments]].</translation>
    </message>
    <message>
        <source>must be one or more [[segments]] blocks (title, minutes, description).</source>
        <translation>debe ser uno o más bloques [[segments]] (title, minutes, description).</translation>
    </message>
    <message>
        <source>must be a [[segments]] block.</source>
        <translation>debe ser un bloque [[segments]].</translation>
    </message>
    <message>
        <source>is not a segment field (title, minutes, description): check the spelling or remove it.</source>
        <translation>no es un campo de segmento (title, minutes, description): revise cómo está escrito o quítelo.</translation>
    </message>
    <message>
        <source>is missing or empty: write a few words here.</source>
        <translation>falta o está vacío: escriba unas palabras aquí.</translation>
    </message>
    <message>
        <source>must be a whole number of minutes.</source>
        <translation>debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <source>is {n}; each segment needs more than 0 minutes: use 1 or more.</source>
        <translation>es {n}; cada segmento necesita más de 0 minutos: use 1 o más.</translation>
    </message>
    <message>
        <source>add up to {total} minutes but the session lasts {minutes}: add {n} minutes.</source>
        <translation>suman {total} minutos pero la sesión dura {minutes}: añada {n} minutos.</translation>
    </message>
    <message>
        <source>add up to {total} minutes but the session lasts {minutes}: remove {n} minutes.</source>
        <translation>suman {total} minutos pero la sesión dura {minutes}: quite {n} minutos.</translation>
    </message>
    <message>
        <source>...and {n} more.</source>
        <translation>...y {n} más.</translation>
    </message>
    <message>
        <source>{first}
{second}</source>
        <translation>{first}
{second}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation>{label} está vacío.</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-09.</source>
        <translation>Escriba una fecha como 2026-03-09.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; has a two-digit year.</source>
        <translation>{label} &apos;{value}&apos; tiene el año con dos dígitos.</translation>
    </message>
    <message>
        <source>Write the year in full, e.g. 03/09/2026 or 2026-03-09.</source>
        <translation>Escriba el año completo, p. ej. 03/09/2026 o 2026-03-09.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not a date.</source>
        <translation>{label} &apos;{value}&apos; no es una fecha.</translation>
    </message>
    <message>
        <source>Use the form 2026-03-09 (year-month-day) or 03/09/2026.</source>
        <translation>Use la forma 2026-03-09 (año-mes-día) o 03/09/2026.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not a real date (there is no such day).</source>
        <translation>{label} &apos;{value}&apos; no es una fecha real (ese día no existe).</translation>
    </message>
    <message>
        <source>Check the day and month; use the form 2026-03-09.</source>
        <translation>Revise el día y el mes; use la forma 2026-03-09.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is before {year}.</source>
        <translation>{label} &apos;{value}&apos; es anterior a {year}.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Revise el año.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not a time.</source>
        <translation>{label} &apos;{value}&apos; no es una hora.</translation>
    </message>
    <message>
        <source>Use 24-hour hours and minutes, e.g. 09:00 or 18:30.</source>
        <translation>Use horas y minutos en formato de 24 horas, p. ej. 09:00 o 18:30.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not a time of day: hours run from 00 to 23.</source>
        <translation>{label} &apos;{value}&apos; no es una hora del día: las horas van de 00 a 23.</translation>
    </message>
    <message>
        <source>Use 24-hour time, e.g. 18:00 for 6 pm.</source>
        <translation>Use el formato de 24 horas, p. ej. 18:00 para las 6 de la tarde.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; is not a time of day: minutes run from 00 to 59.</source>
        <translation>{label} &apos;{value}&apos; no es una hora del día: los minutos van de 00 a 59.</translation>
    </message>
    <message>
        <source>Use hours and minutes, e.g. 09:30.</source>
        <translation>Use horas y minutos, p. ej. 09:30.</translation>
    </message>
    <message>
        <source>this group</source>
        <translation>este grupo</translation>
    </message>
    <message>
        <source>The member is already enrolled in {group} (since {date}).</source>
        <translation>El miembro ya está inscrito en {group} (desde el {date}).</translation>
    </message>
    <message>
        <source>Choose another group or another start date.</source>
        <translation>Elija otro grupo u otra fecha de inicio.</translation>
    </message>
    <message>
        <source>that group</source>
        <translation>ese grupo</translation>
    </message>
    <message>
        <source>The member is already in that group.</source>
        <translation>El miembro ya está en ese grupo.</translation>
    </message>
    <message>
        <source>Choose a different group.</source>
        <translation>Elija otro grupo.</translation>
    </message>
    <message>
        <source>The member is not enrolled in the group they are moving from on {date}.</source>
        <translation>El miembro no está inscrito el {date} en el grupo desde el que se le traslada.</translation>
    </message>
    <message>
        <source>Check the move date: it must fall inside their current enrollment.</source>
        <translation>Revise la fecha del traslado: debe caer dentro de su inscripción actual.</translation>
    </message>
    <message>
        <source>That enrollment has already ended.</source>
        <translation>Esa inscripción ya terminó.</translation>
    </message>
    <message>
        <source>Move only from a group the member is still in.</source>
        <translation>Traslade solo desde un grupo en el que el miembro sigue inscrito.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weekday number (1 = Monday ... 7 = Sunday).</source>
        <translation>&apos;{value}&apos; no es un número de día de la semana (1 = lunes ... 7 = domingo).</translation>
    </message>
    <message>
        <source>The group needs a name.</source>
        <translation>El grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>e.g. Morning IOP.</source>
        <translation>p. ej. IOP de mañana.</translation>
    </message>
    <message>
        <source>Group names are {n} characters at most.</source>
        <translation>Los nombres de grupo tienen {n} caracteres como máximo.</translation>
    </message>
    <message>
        <source>Shorten it.</source>
        <translation>Acórtelo.</translation>
    </message>
    <message>
        <source>Choose at least one meeting day.</source>
        <translation>Elija al menos un día de reunión.</translation>
    </message>
    <message>
        <source>IOP groups usually meet 3 days a week.</source>
        <translation>Los grupos IOP suelen reunirse 3 días a la semana.</translation>
    </message>
    <message>
        <source>A meeting day is not a weekday.</source>
        <translation>Un día de reunión no es un día de la semana.</translation>
    </message>
    <message>
        <source>A session lasts between 15 and {most} minutes; {n} was entered.</source>
        <translation>Una sesión dura entre 15 y {most} minutos; se escribió {n}.</translation>
    </message>
    <message>
        <source>IOP sessions are usually 180 minutes.</source>
        <translation>Las sesiones IOP suelen durar 180 minutos.</translation>
    </message>
    <message>
        <source>The size cap must be at least 1.</source>
        <translation>El cupo máximo debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The usual cap is 12.</source>
        <translation>El cupo habitual es 12.</translation>
    </message>
    <message>
        <source>The room or billing code is too long.</source>
        <translation>La sala o el código de facturación es demasiado largo.</translation>
    </message>
    <message>
        <source>{name} has {count} members, above its cap of {cap}. Payers often limit group psychotherapy to 12; consider another group or raising the cap.</source>
        <translation>{name} tiene {count} miembros, por encima de su cupo de {cap}. Las aseguradoras suelen limitar la psicoterapia de grupo a 12; considere otro grupo o subir el cupo.</translation>
    </message>
    <message>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Export the member list again from the EHR.</source>
        <translation>Exporte de nuevo la lista de miembros desde el expediente electrónico.</translation>
    </message>
    <message>
        <source>The file is larger than {mb} MB.</source>
        <translation>El archivo ocupa más de {mb} MB.</translation>
    </message>
    <message>
        <source>Export only the members of this program.</source>
        <translation>Exporte solo los miembros de este programa.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16, which this import does not read.</source>
        <translation>El archivo está guardado como UTF-16, que esta importación no lee.</translation>
    </message>
    <message>
        <source>Save it again as &apos;CSV UTF-8&apos; (in Excel: File &gt; Save As &gt; CSV UTF-8).</source>
        <translation>Guárdelo de nuevo como &apos;CSV UTF-8&apos; (en Excel: Archivo &gt; Guardar como &gt; CSV UTF-8).</translation>
    </message>
    <message>
        <source>{n} NUL byte(s) were removed.</source>
        <translation>Se quitaron {n} byte(s) NUL.</translation>
    </message>
    <message>
        <source>Some bytes could not be read and show as &apos;?&apos; marks.</source>
        <translation>Algunos bytes no se pudieron leer y se muestran como &apos;?&apos;.</translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Windows-1252 (Western European). Check accented names in the preview.</source>
        <translation>El archivo no es UTF-8: se leyó como Windows-1252 (Europa occidental). Revise los nombres con tildes en la vista previa.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>El archivo no tiene fila de encabezados.</translation>
    </message>
    <message>
        <source>Export the member list again from the EHR, with the column names in row 1.</source>
        <translation>Exporte de nuevo la lista de miembros desde el expediente electrónico, con los nombres de las columnas en la fila 1.</translation>
    </message>
    <message>
        <source>The file has more than {n} rows.</source>
        <translation>El archivo tiene más de {n} filas.</translation>
    </message>
    <message>
        <source>Split it into smaller files.</source>
        <translation>Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is not a readable CSV near line {n}.</source>
        <translation>El archivo no es un CSV legible cerca de la línea {n}.</translation>
    </message>
    <message>
        <source>Export it again as CSV; a quote may be missing.</source>
        <translation>Expórtelo de nuevo como CSV; puede faltar unas comillas.</translation>
    </message>
    <message>
        <source>Track &apos;{value}&apos; is not one of substance use, mental health, co-occurring or adolescent.</source>
        <translation>El programa &apos;{value}&apos; no es uno de estos: consumo de sustancias, salud mental, concurrente o adolescentes.</translation>
    </message>
    <message>
        <source>Choose which column holds the chart id.</source>
        <translation>Elija la columna que tiene el número de expediente.</translation>
    </message>
    <message>
        <source>Every member needs one to be matched on re-import.</source>
        <translation>Cada miembro necesita uno para reconocerlo al volver a importar.</translation>
    </message>
    <message>
        <source>Choose the column with the member&apos;s name (full, or first and last).</source>
        <translation>Elija la columna con el nombre del miembro (completo, o nombre y apellido).</translation>
    </message>
    <message>
        <source>Choose the admission date column, or a date for everyone.</source>
        <translation>Elija la columna de la fecha de ingreso, o una fecha para todos.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>The admission date is missing.</source>
        <translation>Falta la fecha de ingreso.</translation>
    </message>
    <message>
        <source>Chart id {chart_id} belongs to a discharged member named {recorded}, not {typed}: check the chart id.</source>
        <translation>El n.º de expediente {chart_id} es de un miembro dado de alta llamado {recorded}, no {typed}: revise el número de expediente.</translation>
    </message>
    <message>
        <source>Discharged {date}: tick to re-admit as a new episode of the same member.</source>
        <translation>Alta el {date}: marque para readmitir como un nuevo episodio del mismo miembro.</translation>
    </message>
    <message>
        <source>The chart id is missing.</source>
        <translation>Falta el número de expediente.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s number from the EHR.</source>
        <translation>Escriba el número del miembro en el expediente electrónico.</translation>
    </message>
    <message>
        <source>The chart id is {n} characters long; at most {limit} fit.</source>
        <translation>El número de expediente tiene {n} caracteres; caben {limit} como máximo.</translation>
    </message>
    <message>
        <source>Check that only the EHR number was pasted.</source>
        <translation>Compruebe que solo pegó el número del expediente electrónico.</translation>
    </message>
    <message>
        <source>The chart id may hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>El número de expediente solo puede llevar letras, dígitos, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Remove spaces and other signs, e.g. MRN-20417.</source>
        <translation>Quite los espacios y otros signos, p. ej. MRN-20417.</translation>
    </message>
    <message>
        <source>The full name is missing.</source>
        <translation>Falta el nombre completo.</translation>
    </message>
    <message>
        <source>Enter the name from the chart.</source>
        <translation>Escriba el nombre que figura en el expediente.</translation>
    </message>
    <message>
        <source>The preferred name is longer than {n} characters.</source>
        <translation>El nombre preferido tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>The full name is longer than {n} characters.</source>
        <translation>El nombre completo tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>The facilitator note is longer than {n} characters.</source>
        <translation>La nota del facilitador tiene más de {n} caracteres.</translation>
    </message>
    <message>
        <source>Keep it short: accommodations, pronouns. Clinical content belongs in notes.</source>
        <translation>Sea breve: adaptaciones, pronombres. El contenido clínico va en las notas.</translation>
    </message>
    <message>
        <source>The admission date {date} is in the future.</source>
        <translation>La fecha de ingreso {date} está en el futuro.</translation>
    </message>
    <message>
        <source>Admit the member on the day they start.</source>
        <translation>Dé ingreso al miembro el día en que empieza.</translation>
    </message>
    <message>
        <source>The date of birth is not before the admission date.</source>
        <translation>La fecha de nacimiento no es anterior a la fecha de ingreso.</translation>
    </message>
    <message>
        <source>Check the date of birth.</source>
        <translation>Revise la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The date of birth is more than 120 years before admission.</source>
        <translation>La fecha de nacimiento es más de 120 años anterior al ingreso.</translation>
    </message>
    <message>
        <source>The expected discharge date is before the admission date.</source>
        <translation>La fecha de alta prevista es anterior a la fecha de ingreso.</translation>
    </message>
    <message>
        <source>Choose a date on or after admission, or leave it empty.</source>
        <translation>Elija una fecha igual o posterior al ingreso, o déjela vacía.</translation>
    </message>
    <message>
        <source>{name} is already discharged.</source>
        <translation>{name} ya está de alta.</translation>
    </message>
    <message>
        <source>Nothing to do; re-admit them as a new episode if they return.</source>
        <translation>No hay nada que hacer; readmítalo como un nuevo episodio si vuelve.</translation>
    </message>
    <message>
        <source>The discharge date {date} is before the admission date {admitted}.</source>
        <translation>La fecha de alta {date} es anterior a la fecha de ingreso {admitted}.</translation>
    </message>
    <message>
        <source>Choose a date on or after admission.</source>
        <translation>Elija una fecha igual o posterior al ingreso.</translation>
    </message>
    <message>
        <source>The discharge date is in the future.</source>
        <translation>La fecha de alta está en el futuro.</translation>
    </message>
    <message>
        <source>Record the discharge on the day it happens.</source>
        <translation>Registre el alta el día en que ocurre.</translation>
    </message>
    <message>
        <source>the name typed ({typed}) is not the name on record ({recorded})</source>
        <translation>el nombre escrito ({typed}) no es el que consta ({recorded})</translation>
    </message>
    <message>
        <source>the date of birth typed ({typed}) is not the one on record ({recorded})</source>
        <translation>la fecha de nacimiento escrita ({typed}) no es la que consta ({recorded})</translation>
    </message>
    <message>
        <source>{name} is not discharged.</source>
        <translation>{name} no está de alta.</translation>
    </message>
    <message>
        <source>Only a discharged member can be re-admitted; use Move to change their group.</source>
        <translation>Solo se puede readmitir a un miembro dado de alta; use Trasladar para cambiarlo de grupo.</translation>
    </message>
    <message>
        <source>The re-admission date {date} is not after the discharge date {discharged}.</source>
        <translation>La fecha de readmisión {date} no es posterior a la fecha de alta {discharged}.</translation>
    </message>
    <message>
        <source>Choose the day they start again, after their last day.</source>
        <translation>Elija el día en que vuelve a empezar, después de su último día.</translation>
    </message>
    <message>
        <source>The format&apos;s name</source>
        <translation>El nombre del formato</translation>
    </message>
    <message>
        <source>Give the format a short name, such as SIRP.</source>
        <translation>Dé al formato un nombre corto, como SIRP.</translation>
    </message>
    <message>
        <source>A format&apos;s name is a short word of letters and numbers ({n} at most), such as SIRP.</source>
        <translation>El nombre de un formato es una palabra corta de letras y números ({n} como máximo), como SIRP.</translation>
    </message>
    <message>
        <source>There is already a note format called {name}.</source>
        <translation>Ya existe un formato de nota llamado {name}.</translation>
    </message>
    <message>
        <source>A note format needs at least {n} sections.</source>
        <translation>Un formato de nota necesita al menos {n} secciones.</translation>
    </message>
    <message>
        <source>A note format has at most {n} sections.</source>
        <translation>Un formato de nota tiene como máximo {n} secciones.</translation>
    </message>
    <message>
        <source>Section {number}&apos;s name</source>
        <translation>El nombre de la sección {number}</translation>
    </message>
    <message>
        <source>Section {number}&apos;s hint</source>
        <translation>La ayuda de la sección {number}</translation>
    </message>
    <message>
        <source>Section {number} has no name.</source>
        <translation>La sección {number} no tiene nombre.</translation>
    </message>
    <message>
        <source>Section {number}&apos;s name is too long ({n} characters at most).</source>
        <translation>El nombre de la sección {number} es demasiado largo ({n} caracteres como máximo).</translation>
    </message>
    <message>
        <source>Section {number}&apos;s hint is too long: one line of {n} characters at most.</source>
        <translation>La ayuda de la sección {number} es demasiado larga: una línea de {n} caracteres como máximo.</translation>
    </message>
    <message>
        <source>Two sections are both called &quot;{title}&quot;: give each section its own name.</source>
        <translation>Dos secciones se llaman &quot;{title}&quot;: dé a cada sección su propio nombre.</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is already a field of every note: choose another section name.</source>
        <translation>&quot;{title}&quot; ya es un campo de toda nota: elija otro nombre de sección.</translation>
    </message>
    <message>
        <source>Add a section called Plan: every chartable note must show the member&apos;s plan.</source>
        <translation>Añada una sección llamada Plan: toda nota para el expediente debe mostrar el plan del miembro.</translation>
    </message>
    <message>
        <source>Session start and stop times</source>
        <translation>Horas de inicio y fin de la sesión</translation>
    </message>
    <message>
        <source>A short absence note</source>
        <translation>Una breve nota de ausencia</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minutos asistidos</translation>
    </message>
    <message>
        <source>{title} section</source>
        <translation>Sección {title}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Participation level</source>
        <translation>Nivel de participación</translation>
    </message>
    <message>
        <source>Risk (choose &apos;None reported&apos; if none)</source>
        <translation>Riesgo (elija &apos;Ninguno reportado&apos; si no hay)</translation>
    </message>
    <message>
        <source>Follow-up for the risk marked</source>
        <translation>Seguimiento del riesgo marcado</translation>
    </message>
    <message>
        <source>Treatment-plan goal</source>
        <translation>Objetivo del plan de tratamiento</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Elija una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Una frase de contraseña no puede contener el carácter NUL.</translation>
    </message>
    <message>
        <source>Too short: use at least {n} characters.</source>
        <translation>Demasiado corta: use al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Strong. Keep it somewhere safe: without it the data cannot be opened.</source>
        <translation>Fuerte. Guárdela en un lugar seguro: sin ella no se pueden abrir los datos.</translation>
    </message>
    <message>
        <source>Good. A few more words would make it stronger.</source>
        <translation>Buena. Unas palabras más la harían más fuerte.</translation>
    </message>
    <message>
        <source>Fair. Longer is stronger: try four unrelated words.</source>
        <translation>Aceptable. Cuanto más larga, más fuerte: pruebe cuatro palabras sin relación.</translation>
    </message>
    <message>
        <source>Weak. Try four unrelated words, e.g. &apos;kettle river blue mango&apos;.</source>
        <translation>Débil. Pruebe cuatro palabras sin relación, p. ej. &apos;tetera río azul mango&apos;.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits (0-9), nothing else.</source>
        <translation>Un PIN tiene de {low} a {high} dígitos (0-9), nada más.</translation>
    </message>
    <message>
        <source>Please choose a PIN that is not one digit repeated.</source>
        <translation>Elija un PIN que no sea un mismo dígito repetido.</translation>
    </message>
    <message>
        <source>{label} contains an invisible NUL character, which cannot be saved.</source>
        <translation>{label} contiene un carácter NUL invisible, que no se puede guardar.</translation>
    </message>
    <message>
        <source>Retype the text, or paste it as plain text, and try again.</source>
        <translation>Vuelva a escribir el texto, o péguelo como texto sin formato, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{label} contains a broken character (half of an emoji or symbol).</source>
        <translation>{label} contiene un carácter roto (la mitad de un emoji o símbolo).</translation>
    </message>
    <message>
        <source>Delete the odd character and try again.</source>
        <translation>Borre el carácter extraño e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>is larger than {kb} KB: a topic should fit on a few pages; shorten it.</source>
        <translation>ocupa más de {kb} KB: un tema debería caber en pocas páginas; acórtelo.</translation>
    </message>
    <message>
        <source>is not valid TOML ({reason}). Check the quotes, brackets and &apos;=&apos; signs there.</source>
        <translation>no es TOML válido ({reason}). Revise ahí las comillas, los corchetes y los signos &apos;=&apos;.</translation>
    </message>
    <message>
        <source>is {size} KB, larger than {kb} KB: shorten it.</source>
        <translation>ocupa {size} KB, más de {kb} KB: acórtelo.</translation>
    </message>
    <message>
        <source>could not be read ({reason}): check that it is still there.</source>
        <translation>no se pudo leer ({reason}): compruebe que sigue ahí.</translation>
    </message>
    <message>
        <source>is not UTF-8 text: save it as UTF-8.</source>
        <translation>no es texto UTF-8: guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>has key &apos;{key}&apos; but the file is named &apos;{name}&apos;: name the file {key}.toml.</source>
        <translation>tiene la clave &apos;{key}&apos; pero el archivo se llama &apos;{name}&apos;: llame al archivo {key}.toml.</translation>
    </message>
    <message>
        <source>says series &apos;{series}&apos; but sits in the &apos;{folder}&apos; folder: move it or fix the series.</source>
        <translation>dice serie &apos;{series}&apos; pero está en la carpeta &apos;{folder}&apos;: muévalo o corrija la serie.</translation>
    </message>
    <message>
        <source>uses key &apos;{key}&apos;, which {other} already uses: every topic needs its own key.</source>
        <translation>usa la clave &apos;{key}&apos;, que ya usa {other}: cada tema necesita su propia clave.</translation>
    </message>
    <message>
        <source>is larger than {mb} MB: export fewer topics per pack.</source>
        <translation>ocupa más de {mb} MB: exporte menos temas por paquete.</translation>
    </message>
    <message>
        <source>is not a valid {kind} file ({reason}).</source>
        <translation>no es un archivo {kind} válido ({reason}).</translation>
    </message>
    <message>
        <source>is not an IOP Facilitator topic pack: export one from the Curriculum page of the app.</source>
        <translation>no es un paquete de temas de IOP Facilitator: exporte uno desde la página Currículo de la aplicación.</translation>
    </message>
    <message>
        <source>was made by a newer version of the app: update this one first.</source>
        <translation>lo hizo una versión más nueva de la aplicación: actualice primero esta.</translation>
    </message>
    <message>
        <source>holds no topics.</source>
        <translation>no contiene temas.</translation>
    </message>
    <message>
        <source>holds {n} topics; {most} is the most one pack can carry.</source>
        <translation>contiene {n} temas; un paquete admite como máximo {most}.</translation>
    </message>
    <message>
        <source>{source}, topic {index}</source>
        <translation>{source}, tema {index}</translation>
    </message>
    <message>
        <source>{source}, topic {index} ({key})</source>
        <translation>{source}, tema {index} ({key})</translation>
    </message>
    <message>
        <source>is not a topic table.</source>
        <translation>no es una tabla de tema.</translation>
    </message>
    <message>
        <source>is larger than {kb} KB.</source>
        <translation>ocupa más de {kb} KB.</translation>
    </message>
    <message>
        <source>repeats key &apos;{key}&apos;.</source>
        <translation>repite la clave &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>The folder {folder} already holds {n} copies of this export.</source>
        <translation>La carpeta {folder} ya contiene {n} copias de esta exportación.</translation>
    </message>
    <message>
        <source>Choose another folder, then export again.</source>
        <translation>Elija otra carpeta y vuelva a exportar.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>process {pid} on {host}, started {when}</source>
        <translation>proceso {pid} en {host}, iniciado el {when}</translation>
    </message>
    <message>
        <source>The lock file in {folder} cannot be created ({reason}).</source>
        <translation>No se puede crear el archivo de bloqueo en {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Check that you may write to the data folder.</source>
        <translation>Compruebe que tiene permiso para escribir en la carpeta de datos.</translation>
    </message>
    <message>
        <source>IOP Facilitator is already open on this data folder ({holder}).</source>
        <translation>IOP Facilitator ya está abierto con esta carpeta de datos ({holder}).</translation>
    </message>
    <message>
        <source>Switch to that window (or close it) and try again. Only one copy may write to the clinic&apos;s records at a time.</source>
        <translation>Cambie a esa ventana (o ciérrela) e inténtelo de nuevo. Solo una copia puede escribir en los registros de la clínica a la vez.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged (or is not a backup), so it was not restored.</source>
        <translation>La copia de seguridad {name} está dañada (o no es una copia de seguridad), así que no se restauró.</translation>
    </message>
    <message>
        <source>Choose an older backup. The current database has not been touched.</source>
        <translation>Elija una copia de seguridad más antigua. La base de datos actual no se ha tocado.</translation>
    </message>
    <message>
        <source>{name} is not a backup of an IOP Facilitator clinic, so it was not restored.</source>
        <translation>{name} no es una copia de seguridad de una clínica de IOP Facilitator, así que no se restauró.</translation>
    </message>
    <message>
        <source>Choose a file from the backups folder (named {prefix}DATE-TIME.db). The current database has not been touched.</source>
        <translation>Elija un archivo de la carpeta de copias de seguridad (llamado {prefix}FECHA-HORA.db). La base de datos actual no se ha tocado.</translation>
    </message>
    <message>
        <source>The backup {name} was made by a newer version of IOP Facilitator.</source>
        <translation>La copia de seguridad {name} se hizo con una versión más nueva de IOP Facilitator.</translation>
    </message>
    <message>
        <source>Install the newest version of the app to restore it. The current database has not been touched.</source>
        <translation>Instale la versión más reciente de la aplicación para restaurarla. La base de datos actual no se ha tocado.</translation>
    </message>
    <message>
        <source>That file is the clinic&apos;s current database, not a backup.</source>
        <translation>Ese archivo es la base de datos actual de la clínica, no una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup just made did not pass its check, so it was deleted.</source>
        <translation>La copia de seguridad recién hecha no pasó la comprobación, así que se eliminó.</translation>
    </message>
    <message>
        <source>Run `iop-facilitator check`; the database itself may be damaged.</source>
        <translation>Ejecute `iop-facilitator check`; puede que la propia base de datos esté dañada.</translation>
    </message>
    <message>
        <source>The newest good backup is from {date} ({path}). Restore it in the app, or run: iop-facilitator restore &quot;{path}&quot;</source>
        <translation>La copia de seguridad válida más reciente es del {date} ({path}). Restáurela en la aplicación o ejecute: iop-facilitator restore &quot;{path}&quot;</translation>
    </message>
    <message>
        <source>No good backup was found in the backup folder. Do not delete anything: copy the data folder somewhere safe and ask IT or support for help.</source>
        <translation>No se encontró ninguna copia de seguridad válida en la carpeta de copias. No borre nada: copie la carpeta de datos a un lugar seguro y pida ayuda a informática o a soporte.</translation>
    </message>
    <message>
        <source>Please enter your name: it goes on every note you sign.</source>
        <translation>Escriba su nombre: aparece en cada nota que firme.</translation>
    </message>
    <message>
        <source>Fix these and save again; nothing was saved.</source>
        <translation>Corrija esto y guarde de nuevo; no se guardó nada.</translation>
    </message>
    <message>
        <source>This topic is larger than {n} KB.</source>
        <translation>Este tema ocupa más de {n} KB.</translation>
    </message>
    <message>
        <source>Shorten the handout or activity; nothing was saved.</source>
        <translation>Acorte el material o la actividad; no se guardó nada.</translation>
    </message>
    <message>
        <source>That topic is not in the library.</source>
        <translation>Ese tema no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Reload the Curriculum page.</source>
        <translation>Vuelva a cargar la página Temario.</translation>
    </message>
    <message>
        <source>There is no topic &apos;{key}&apos; in the library.</source>
        <translation>No hay ningún tema &apos;{key}&apos; en la biblioteca.</translation>
    </message>
    <message>
        <source>The key &apos;{key}&apos; is already used by another topic.</source>
        <translation>La clave &apos;{key}&apos; ya la usa otro tema.</translation>
    </message>
    <message>
        <source>Choose another key (for example add &apos;-clinic&apos;).</source>
        <translation>Elija otra clave (por ejemplo, añada &apos;-clinic&apos;).</translation>
    </message>
    <message>
        <source>Built-in topics are read-only.</source>
        <translation>Los temas incluidos son de solo lectura.</translation>
    </message>
    <message>
        <source>Use Duplicate to make an editable clinic copy.</source>
        <translation>Use Duplicar para hacer una copia editable de la clínica.</translation>
    </message>
    <message>
        <source>Built-in topics cannot be deleted.</source>
        <translation>Los temas incluidos no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Retire it to hide it.</source>
        <translation>Retírelo para ocultarlo.</translation>
    </message>
    <message>
        <source>A session used this topic, so it stays in the record.</source>
        <translation>Una sesión usó este tema, así que se queda en el registro.</translation>
    </message>
    <message>
        <source>Retire it instead: it disappears from lists and suggestions.</source>
        <translation>Retírelo en su lugar: desaparece de las listas y sugerencias.</translation>
    </message>
    <message>
        <source>This note names another group member, so it was not exported.</source>
        <translation>Esta nota nombra a otro miembro del grupo, así que no se exportó.</translation>
    </message>
    <message>
        <source>Replace the name with &apos;a peer&apos; (or dismiss the flag if it is not a person), then export.</source>
        <translation>Sustituya el nombre por &apos;un compañero&apos; (o descarte la alerta si no es una persona) y luego exporte.</translation>
    </message>
    <message>
        <source>An addendum to this note names another group member, so it was not exported.</source>
        <translation>Un anexo de esta nota nombra a otro miembro del grupo, así que no se exportó.</translation>
    </message>
    <message>
        <source>Ask your clinical supervisor how to release this note.</source>
        <translation>Pregunte a su supervisor(a) clínico(a) cómo divulgar esta nota.</translation>
    </message>
    <message>
        <source>This note is not signed yet, so it was not exported.</source>
        <translation>Esta nota aún no está firmada, así que no se exportó.</translation>
    </message>
    <message>
        <source>Sign it first, or export it as a draft (every page is marked DRAFT).</source>
        <translation>Fírmela primero o expórtela como borrador (cada página lleva la marca DRAFT).</translation>
    </message>
    <message>
        <source>Wrote {written} of {total} note(s).</source>
        <translation>Se escribieron {written} de {total} nota(s).</translation>
    </message>
    <message>
        <source>Skipped {n} unsigned note(s) (export drafts to include them).</source>
        <translation>Se omitieron {n} nota(s) sin firmar (exporte borradores para incluirlas).</translation>
    </message>
    <message>
        <source>{n} note(s) were not exported: {problems}.</source>
        <translation>{n} nota(s) no se exportaron: {problems}.</translation>
    </message>
    <message>
        <source>Cancelled: the files already written are complete; nothing half-written was left.</source>
        <translation>Cancelado: los archivos ya escritos están completos; no quedó nada a medio escribir.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>Swap the dates and try again.</source>
        <translation>Intercambie las fechas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That range is longer than ten years.</source>
        <translation>Ese intervalo es de más de diez años.</translation>
    </message>
    <message>
        <source>Choose a shorter range.</source>
        <translation>Elija un intervalo más corto.</translation>
    </message>
    <message>
        <source>There is no group called {name}.</source>
        <translation>No hay ningún grupo llamado {name}.</translation>
    </message>
    <message>
        <source>Check the group&apos;s name in the Groups screen.</source>
        <translation>Compruebe el nombre del grupo en la pantalla Grupos.</translation>
    </message>
    <message>
        <source>Choose pdf or txt, not {fmt}.</source>
        <translation>Elija pdf o txt, no {fmt}.</translation>
    </message>
    <message>
        <source>Choose a session or a date range to export.</source>
        <translation>Elija una sesión o un intervalo de fechas para exportar.</translation>
    </message>
    <message>
        <source>{message} {n} file(s) were written before it stopped.</source>
        <translation>{message} Se escribieron {n} archivo(s) antes de que se detuviera.</translation>
    </message>
    <message>
        <source>That facilitator profile no longer exists.</source>
        <translation>Ese perfil de facilitador(a) ya no existe.</translation>
    </message>
    <message>
        <source>The current PIN is not right, so the PIN was not changed.</source>
        <translation>El PIN actual no es correcto, así que el PIN no se cambió.</translation>
    </message>
    <message>
        <source>Type the PIN this profile uses now. A forgotten PIN can be removed by another facilitator after unlocking with the clinic passphrase.</source>
        <translation>Escriba el PIN que usa ahora este perfil. Otro(a) facilitador(a) puede quitar un PIN olvidado tras desbloquear con la frase de contraseña de la clínica.</translation>
    </message>
    <message>
        <source>That profile is switched off; choose another facilitator.</source>
        <translation>Ese perfil está desactivado; elija otro(a) facilitador(a).</translation>
    </message>
    <message>
        <source>That is not {name}&apos;s PIN.</source>
        <translation>Ese no es el PIN de {name}.</translation>
    </message>
    <message>
        <source>Type the PIN again, or ask the clinic admin to reset it.</source>
        <translation>Escriba el PIN de nuevo o pida al administrador de la clínica que lo restablezca.</translation>
    </message>
    <message>
        <source>Please enter the facilitator&apos;s name.</source>
        <translation>Escriba el nombre del facilitador(a).</translation>
    </message>
    <message>
        <source>Names and credentials are {n} characters at most.</source>
        <translation>Los nombres y las credenciales tienen como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Names cannot contain a NUL character.</source>
        <translation>Los nombres no pueden contener un carácter NUL.</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Ese grupo ya no existe.</translation>
    </message>
    <message>
        <source>Reload the Groups page.</source>
        <translation>Vuelva a cargar la página Grupos.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a note format this clinic has.</source>
        <translation>&apos;{format}&apos; no es un formato de nota de esta clínica.</translation>
    </message>
    <message>
        <source>Choose one of {formats}.</source>
        <translation>Elija uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>There is already a group called {name}.</source>
        <translation>Ya existe un grupo llamado {name}.</translation>
    </message>
    <message>
        <source>Give this group a different name, e.g. add the days or the time.</source>
        <translation>Dé a este grupo otro nombre, p. ej., añada los días o la hora.</translation>
    </message>
    <message>
        <source>Chart id {chart_id} belongs to {name}, discharged {date}.</source>
        <translation>El n.º de expediente {chart_id} pertenece a {name}, dado de alta el {date}.</translation>
    </message>
    <message>
        <source>Re-admit them (their earlier notes and attendance stay with their record), or check the chart id.</source>
        <translation>Readmítalo (sus notas y asistencia anteriores siguen en su registro) o revise el n.º de expediente.</translation>
    </message>
    <message>
        <source>Check the number in the EHR; each member has their own chart id.</source>
        <translation>Revise el número en el expediente electrónico (EHR); cada miembro tiene su propio n.º de expediente.</translation>
    </message>
    <message>
        <source>Chart id {chart_id} already belongs to another member: {name} (discharged {date}).</source>
        <translation>El n.º de expediente {chart_id} ya pertenece a otro miembro: {name} (dado de alta el {date}).</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Chart id {chart_id} already belongs to another member: {name} (on hold, in {groups}).</source>
        <translation>El n.º de expediente {chart_id} ya pertenece a otro miembro: {name} (en pausa, en {groups}).</translation>
    </message>
    <message>
        <source>Chart id {chart_id} already belongs to another member: {name} (active, in {groups}).</source>
        <translation>El n.º de expediente {chart_id} ya pertenece a otro miembro: {name} (activo, en {groups}).</translation>
    </message>
    <message>
        <source>Chart id {chart_id} already belongs to another member: {name} (on hold, in no group yet).</source>
        <translation>El n.º de expediente {chart_id} ya pertenece a otro miembro: {name} (en pausa, aún sin grupo).</translation>
    </message>
    <message>
        <source>Chart id {chart_id} already belongs to another member: {name} (active, in no group yet).</source>
        <translation>El n.º de expediente {chart_id} ya pertenece a otro miembro: {name} (activo, aún sin grupo).</translation>
    </message>
    <message>
        <source>{group} is not active.</source>
        <translation>{group} no está activo.</translation>
    </message>
    <message>
        <source>Choose an active group.</source>
        <translation>Elija un grupo activo.</translation>
    </message>
    <message>
        <source>Chart id {chart_id} is not {name}&apos;s chart id.</source>
        <translation>El n.º de expediente {chart_id} no es el n.º de expediente de {name}.</translation>
    </message>
    <message>
        <source>Re-admit from the member&apos;s own chart id.</source>
        <translation>Readmita con el propio n.º de expediente del miembro.</translation>
    </message>
    <message>
        <source>{name} was re-admitted or changed meanwhile.</source>
        <translation>{name} fue readmitido o cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Reload the Members page.</source>
        <translation>Vuelva a cargar la página Miembros.</translation>
    </message>
    <message>
        <source>The admission date is not after the end of their previous episode ({date}).</source>
        <translation>La fecha de ingreso no es posterior al final de su episodio anterior ({date}).</translation>
    </message>
    <message>
        <source>This date is for the current episode; earlier episodes keep theirs.</source>
        <translation>Esta fecha es del episodio actual; los episodios anteriores conservan las suyas.</translation>
    </message>
    <message>
        <source>The admission date is after the member joined their first group ({date}).</source>
        <translation>La fecha de ingreso es posterior a la entrada del miembro en su primer grupo ({date}).</translation>
    </message>
    <message>
        <source>Choose a date on or before their first group.</source>
        <translation>Elija una fecha igual o anterior a su primer grupo.</translation>
    </message>
    <message>
        <source>The admission date is after the discharge date.</source>
        <translation>La fecha de ingreso es posterior a la fecha de alta.</translation>
    </message>
    <message>
        <source>{name} is discharged.</source>
        <translation>{name} está dado de alta.</translation>
    </message>
    <message>
        <source>Nothing to put on hold.</source>
        <translation>No hay nada que poner en pausa.</translation>
    </message>
    <message>
        <source>The discharge date is before the member joined their current group ({date}).</source>
        <translation>La fecha de alta es anterior a la entrada del miembro en su grupo actual ({date}).</translation>
    </message>
    <message>
        <source>Choose a date on or after that day.</source>
        <translation>Elija una fecha igual o posterior a ese día.</translation>
    </message>
    <message>
        <source>{name} was discharged on {date}.</source>
        <translation>{name} fue dado de alta el {date}.</translation>
    </message>
    <message>
        <source>A discharged member cannot join or move groups.</source>
        <translation>Un miembro dado de alta no puede entrar en un grupo ni cambiar de grupo.</translation>
    </message>
    <message>
        <source>The start date {date} is before the admission date {admitted}.</source>
        <translation>La fecha de inicio {date} es anterior a la fecha de ingreso {admitted}.</translation>
    </message>
    <message>
        <source>The move date {date} is before the admission date {admitted}.</source>
        <translation>La fecha del cambio {date} es anterior a la fecha de ingreso {admitted}.</translation>
    </message>
    <message>
        <source>The start date is in the future.</source>
        <translation>La fecha de inicio está en el futuro.</translation>
    </message>
    <message>
        <source>The move date is in the future.</source>
        <translation>La fecha del cambio está en el futuro.</translation>
    </message>
    <message>
        <source>Record it on the day it takes effect.</source>
        <translation>Regístrelo el día en que entre en vigor.</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>No se pudo abrir el archivo.</translation>
    </message>
    <message>
        <source>Check that it still exists and is not open in another program, then try again.</source>
        <translation>Compruebe que todavía existe y que no está abierto en otro programa, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No rows are selected for import.</source>
        <translation>No hay filas seleccionadas para importar.</translation>
    </message>
    <message>
        <source>Tick the rows to import, or close the dialog.</source>
        <translation>Marque las filas que quiere importar o cierre el cuadro de diálogo.</translation>
    </message>
    <message>
        <source>That group is not active.</source>
        <translation>Ese grupo no está activo.</translation>
    </message>
    <message>
        <source>Choose an active group or none.</source>
        <translation>Elija un grupo activo o ninguno.</translation>
    </message>
    <message>
        <source>That member no longer exists.</source>
        <translation>Ese miembro ya no existe.</translation>
    </message>
    <message>
        <source>{label} is a number from 0 to 10.</source>
        <translation>{label}: debe ser un número del 0 al 10.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>End the session before writing its notes.</source>
        <translation>Termine la sesión antes de escribir sus notas.</translation>
    </message>
    <message>
        <source>A note section</source>
        <translation>Una sección de la nota</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Risk follow up</source>
        <translation>Seguimiento del riesgo</translation>
    </message>
    <message>
        <source>Affect</source>
        <translation>Afecto</translation>
    </message>
    <message>
        <source>Participation quality</source>
        <translation>Calidad de la participación</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>The shared text</source>
        <translation>El texto compartido</translation>
    </message>
    <message>
        <source>That section is not part of this note format.</source>
        <translation>Esa sección no forma parte de este formato de nota.</translation>
    </message>
    <message>
        <source>That note format no longer exists.</source>
        <translation>Ese formato de nota ya no existe.</translation>
    </message>
    <message>
        <source>{key} is built in and cannot be removed.</source>
        <translation>{key} viene incluido y no se puede eliminar.</translation>
    </message>
    <message>
        <source>{key} is used by notes already written, so it stays: signed notes never change.</source>
        <translation>{key} se usa en notas ya escritas, así que se conserva: las notas firmadas nunca cambian.</translation>
    </message>
    <message>
        <source>{key} is the note format of a group or session.</source>
        <translation>{key} es el formato de nota de un grupo o sesión.</translation>
    </message>
    <message>
        <source>Choose another format for those groups first.</source>
        <translation>Elija primero otro formato para esos grupos.</translation>
    </message>
    <message>
        <source>{key} is the default note format for new groups.</source>
        <translation>{key} es el formato de nota predeterminado para los grupos nuevos.</translation>
    </message>
    <message>
        <source>Choose another default in Settings first.</source>
        <translation>Elija primero otro formato predeterminado en Configuración.</translation>
    </message>
    <message>
        <source>The note format {key} is not set up.</source>
        <translation>El formato de nota {key} no está configurado.</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <source>This note is signed and can no longer change.</source>
        <translation>Esta nota está firmada y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Add a dated addendum instead.</source>
        <translation>Añada en su lugar una adenda con fecha.</translation>
    </message>
    <message>
        <source>Choose who you are before signing (the facilitator profile).</source>
        <translation>Indique quién es usted antes de firmar (el perfil de facilitador(a)).</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>This note is not ready to sign. Still missing: {missing}.</source>
        <translation>Esta nota no está lista para firmar. Todavía falta: {missing}.</translation>
    </message>
    <message>
        <source>This note names another group member.</source>
        <translation>Esta nota nombra a otro miembro del grupo.</translation>
    </message>
    <message>
        <source>Replace the name with &apos;a peer&apos;, or dismiss the flag if it is not a person.</source>
        <translation>Sustituya el nombre por &apos;un compañero&apos; o descarte el aviso si no es una persona.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Edit the note itself: addenda are for signed notes.</source>
        <translation>Edite la propia nota: las adendas son para notas firmadas.</translation>
    </message>
    <message>
        <source>The addendum</source>
        <translation>La adenda</translation>
    </message>
    <message>
        <source>Write the addendum&apos;s text first.</source>
        <translation>Escriba primero el texto de la adenda.</translation>
    </message>
    <message>
        <source>Choose who you are before adding an addendum.</source>
        <translation>Indique quién es usted antes de añadir una adenda.</translation>
    </message>
    <message>
        <source>Attendance rate {rate} ({attended} of {marked} marked attendances).</source>
        <translation>Tasa de asistencia {rate} ({attended} de {marked} asistencias registradas).</translation>
    </message>
    <message>
        <source>Average {hours} hours per member per week in this group (target {target} h a week across groups).</source>
        <translation>Promedio de {hours} horas por miembro por semana en este grupo (meta: {target} h por semana entre todos los grupos).</translation>
    </message>
    <message>
        <source>{n} members below {target} h in at least one full week.</source>
        <translation>{n} miembros por debajo de {target} h en al menos una semana completa.</translation>
    </message>
    <message>
        <source>Topic coverage of the current roster ({n} members): {rate}.</source>
        <translation>Cobertura de temas de la lista actual ({n} miembros): {rate}.</translation>
    </message>
    <message>
        <source>{n} safety flags or risks noted.</source>
        <translation>{n} alertas de seguridad o riesgos anotados.</translation>
    </message>
    <message>
        <source>Census: {admissions} admissions, {discharges} discharges, {active} active on {date}.</source>
        <translation>Censo: {admissions} ingresos, {discharges} altas, {active} activos el {date}.</translation>
    </message>
    <message>
        <source>Attendance rate across groups {rate}.</source>
        <translation>Tasa de asistencia entre todos los grupos: {rate}.</translation>
    </message>
    <message>
        <source>Unsigned member notes now: {unsigned} ({overdue} overdue).</source>
        <translation>Notas de miembros sin firmar ahora: {unsigned} ({overdue} vencidas).</translation>
    </message>
    <message>
        <source>The report&apos;s end date is before its start date.</source>
        <translation>La fecha final del informe es anterior a su fecha inicial.</translation>
    </message>
    <message>
        <source>Choose an end date on or after the start date.</source>
        <translation>Elija una fecha final igual o posterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>{name}: {start} to {end}, target {target} hours a week; {below} of {weeks} completed weeks below target.</source>
        <translation>{name}: del {start} al {end}, meta de {target} horas por semana; {below} de {weeks} semanas completas por debajo de la meta.</translation>
    </message>
    <message>
        <source>Attended {attended} of {marked} sessions.</source>
        <translation>Asistió a {attended} de {marked} sesiones.</translation>
    </message>
    <message>
        <source>Craving from {first} to {last} out of 10.</source>
        <translation>Deseo de consumo de {first} a {last} sobre 10.</translation>
    </message>
    <message>
        <source>Stage of change now: {stage}.</source>
        <translation>Etapa de cambio actual: {stage}.</translation>
    </message>
    <message>
        <source>Expected discharge {date}</source>
        <translation>Alta prevista {date}</translation>
    </message>
    <message>
        <source>Re-admitted this week (admitted {date})</source>
        <translation>Readmitido(a) esta semana (ingreso {date})</translation>
    </message>
    <message>
        <source>New this week (admitted {date})</source>
        <translation>Nuevo(a) esta semana (ingreso {date})</translation>
    </message>
    <message>
        <source>{so_far} h this week; at most {most} h of {goal} possible</source>
        <translation>{so_far} h esta semana; como máximo {most} h de {goal} posibles</translation>
    </message>
    <message>
        <source>{so_far} h this week (missed {missed} h); needs the session left to reach {goal} h</source>
        <translation>{so_far} h esta semana (faltó {missed} h); necesita la sesión que queda para llegar a {goal} h</translation>
    </message>
    <message>
        <source>{so_far} h this week (missed {missed} h); needs all {n} sessions left to reach {goal} h</source>
        <translation>{so_far} h esta semana (faltó {missed} h); necesita las {n} sesiones que quedan para llegar a {goal} h</translation>
    </message>
    <message>
        <source>Back today after {n} missed sessions</source>
        <translation>Regresa hoy tras faltar a {n} sesiones</translation>
    </message>
    <message>
        <source>Missed the last {n} sessions</source>
        <translation>Faltó a las últimas {n} sesiones</translation>
    </message>
    <message>
        <source>Safety flag at their last session ({date})</source>
        <translation>Alerta de seguridad en su última sesión ({date})</translation>
    </message>
    <message>
        <source>Risk noted ({risk}) at their last session ({date})</source>
        <translation>Riesgo anotado ({risk}) en su última sesión ({date})</translation>
    </message>
    <message>
        <source>Chosen when the session was planned.</source>
        <translation>Elegido al planificar la sesión.</translation>
    </message>
    <message>
        <source>No current topics in the curriculum.</source>
        <translation>No hay temas vigentes en el temario.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nueva frase de contraseña es igual a la actual.</translation>
    </message>
    <message>
        <source>This database is not encrypted (benchmark mode): it has no passphrase to change.</source>
        <translation>Esta base de datos no está cifrada (modo de prueba de rendimiento): no tiene frase de contraseña que cambiar.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Type the passphrase you unlocked the app with.</source>
        <translation>Escriba la frase de contraseña con la que desbloqueó la aplicación.</translation>
    </message>
    <message>
        <source>{label} is too long ({n} characters; {max} at most).</source>
        <translation>{label}: texto demasiado largo ({n} caracteres; {max} como máximo).</translation>
    </message>
    <message>
        <source>Shorten it, or move the detail into the member&apos;s note after group.</source>
        <translation>Acórtelo o pase el detalle a la nota del miembro después del grupo.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <source>This session&apos;s notes are signed; its record can no longer change.</source>
        <translation>Las notas de esta sesión están firmadas; su registro ya no puede cambiar.</translation>
    </message>
    <message>
        <source>The departure time is before the arrival time.</source>
        <translation>La hora de salida es anterior a la hora de llegada.</translation>
    </message>
    <message>
        <source>That member is not on this session&apos;s roster.</source>
        <translation>Ese miembro no está en la lista de esta sesión.</translation>
    </message>
    <message>
        <source>Mark the member as attending before setting times.</source>
        <translation>Marque al miembro como asistente antes de indicar las horas.</translation>
    </message>
    <message>
        <source>Screen substances</source>
        <translation>Sustancias del análisis</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>The quick note</source>
        <translation>La nota rápida</translation>
    </message>
    <message>
        <source>The group note</source>
        <translation>La nota del grupo</translation>
    </message>
    <message>
        <source>The private jotting</source>
        <translation>El apunte privado</translation>
    </message>
    <message>
        <source>Craving is a number from 0 to 10.</source>
        <translation>El deseo de consumo es un número del 0 al 10.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>La sesión debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The co-facilitator must be someone else.</source>
        <translation>El/la cofacilitador(a) debe ser otra persona.</translation>
    </message>
    <message>
        <source>This session has already been started.</source>
        <translation>Esta sesión ya se ha iniciado.</translation>
    </message>
    <message>
        <source>{group} is still running.</source>
        <translation>{group} sigue en curso.</translation>
    </message>
    <message>
        <source>End that session first (Session screen, End session).</source>
        <translation>Termine primero esa sesión (pantalla Sesión, Terminar sesión).</translation>
    </message>
    <message>
        <source>Only a running session can be ended.</source>
        <translation>Solo se puede terminar una sesión en curso.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>Default note format</source>
        <translation>Formato de nota predeterminado</translation>
    </message>
    <message>
        <source>Billing codes</source>
        <translation>Códigos de facturación</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>42 CFR Part 2 notice on exports</source>
        <translation>Aviso de 42 CFR Parte 2 en las exportaciones</translation>
    </message>
    <message>
        <source>Safety protocol</source>
        <translation>Protocolo de seguridad</translation>
    </message>
    <message>
        <source>Notes due within (hours)</source>
        <translation>Plazo para las notas (horas)</translation>
    </message>
    <message>
        <source>Warn above this group size</source>
        <translation>Avisar por encima de este tamaño de grupo</translation>
    </message>
    <message>
        <source>Include date of birth on exports</source>
        <translation>Incluir la fecha de nacimiento en las exportaciones</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>{label} must be on or off.</source>
        <translation>{label} debe estar activado o desactivado.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} debe ser un número entero.</translation>
    </message>
    <message>
        <source>{label} must be at least {n}.</source>
        <translation>{label} debe ser al menos {n}.</translation>
    </message>
    <message>
        <source>{label} must be at most {n}.</source>
        <translation>{label} debe ser como máximo {n}.</translation>
    </message>
    <message>
        <source>{label} must be a list of words.</source>
        <translation>{label} debe ser una lista de palabras.</translation>
    </message>
    <message>
        <source>{label} is too long (5,000 characters at most).</source>
        <translation>{label} es demasiado largo (5.000 caracteres como máximo).</translation>
    </message>
    <message>
        <source>{label}: give the full path of the folder, or use Choose… to pick it.</source>
        <translation>{label}: escriba la ruta completa de la carpeta o use Elegir… para seleccionarla.</translation>
    </message>
    <message>
        <source>{label}: the folder {folder} does not exist.</source>
        <translation>{label}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Choose an existing folder (plug in the drive first), or leave it empty to keep backups in the data folder.</source>
        <translation>Elija una carpeta existente (conecte antes la unidad) o déjelo vacío para guardar las copias en la carpeta de datos.</translation>
    </message>
    <message>
        <source>{label}: the app cannot write into {folder}.</source>
        <translation>{label}: la aplicación no puede escribir en {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder you are allowed to write to, or leave it empty.</source>
        <translation>Elija una carpeta en la que pueda escribir, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Choose a {label}.</source>
        <translation>Elija: {label}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{key}&apos; is not a note format this clinic has.</source>
        <translation>{label}: &apos;{key}&apos; no es un formato de nota de esta clínica.</translation>
    </message>
    <message>
        <source>Unknown setting: {keys}.</source>
        <translation>Ajuste desconocido: {keys}.</translation>
    </message>
    <message>
        <source>This pack cannot be imported:
{problems}</source>
        <translation>Este paquete no se puede importar:
{problems}</translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} already here, {conflicts} conflicting.</source>
        <translation>{new} nuevos, {changed} cambiados, {unchanged} ya presentes, {conflicts} en conflicto.</translation>
    </message>
    <message>
        <source>Conflict: {title} ({key}): {reason}</source>
        <translation>Conflicto: {title} ({key}): {reason}</translation>
    </message>
    <message>
        <source>Choose at least one topic to export.</source>
        <translation>Elija al menos un tema para exportar.</translation>
    </message>
    <message>
        <source>{name} is not there any more.</source>
        <translation>{name} ya no está ahí.</translation>
    </message>
    <message>
        <source>Choose the file again.</source>
        <translation>Elija el archivo de nuevo.</translation>
    </message>
    <message>
        <source>a built-in topic has this key; it is read-only.</source>
        <translation>un tema incluido tiene esta clave; es de solo lectura.</translation>
    </message>
    <message>
        <source>your copy is already at version {top}; the pack has version {version}.</source>
        <translation>su copia ya está en la versión {top}; el paquete tiene la versión {version}.</translation>
    </message>
    <message>
        <source>Nothing was imported. Ask for a corrected pack.</source>
        <translation>No se importó nada. Pida un paquete corregido.</translation>
    </message>
    <message>
        <source>Planned for {planned} minutes: its agenda is shortened to fill this {session}-minute session.</source>
        <translation>Previsto para {planned} minutos: su agenda se acorta para ajustarse a esta sesión de {session} minutos.</translation>
    </message>
    <message>
        <source>Planned for {planned} minutes: its agenda is stretched to fill this {session}-minute session with a break.</source>
        <translation>Previsto para {planned} minutos: su agenda se alarga para llenar esta sesión de {session} minutos, con un descanso.</translation>
    </message>
    <message>
        <source>Planned for {planned} minutes: its agenda is stretched to fill this {session}-minute session.</source>
        <translation>Previsto para {planned} minutos: su agenda se alarga para llenar esta sesión de {session} minutos.</translation>
    </message>
    <message>
        <source>No members are enrolled in this group on this date</source>
        <translation>No hay miembros inscritos en este grupo en esta fecha</translation>
    </message>
    <message>
        <source>None of the {n} have had this</source>
        <translation>Ninguno de los {n} ha tenido este tema</translation>
    </message>
    <message>
        <source>The 1 expected member has not had this</source>
        <translation>El único miembro previsto no ha tenido este tema</translation>
    </message>
    <message>
        <source>{not_had} of {n} have not had this</source>
        <translation>{not_had} de {n} no han tenido este tema</translation>
    </message>
    <message>
        <source>{base}; the group last had it on {date}.</source>
        <translation>{base}; el grupo lo tuvo por última vez el {date}.</translation>
    </message>
    <message>
        <source>{base}.</source>
        <translation>{base}.</translation>
    </message>
    <message>
        <source>{reason} {note}</source>
        <translation>{reason} {note}</translation>
    </message>
    <message>
        <source>That passphrase does not open this clinic&apos;s database.</source>
        <translation>Esa frase de contraseña no abre la base de datos de esta clínica.</translation>
    </message>
    <message>
        <source>Check Caps Lock and try again. If the passphrase is lost, the data cannot be recovered without it: restore from the clinic&apos;s backup with the passphrase that was in use then.</source>
        <translation>Revise Bloq Mayús e inténtelo de nuevo. Si se perdió la frase de contraseña, los datos no se pueden recuperar sin ella: restaure la copia de seguridad de la clínica con la frase de contraseña que se usaba entonces.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database file is damaged: your passphrase is right, but parts of the file can no longer be read. Nothing has been changed.</source>
        <translation>El archivo de la base de datos de la clínica está dañado: su frase de contraseña es correcta, pero ya no se pueden leer partes del archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore the newest good backup (Settings, Backups, or `iop-facilitator restore FILE`).</source>
        <translation>Restaure la copia de seguridad válida más reciente (Configuración, Copias de seguridad, o `iop-facilitator restore ARCHIVO`).</translation>
    </message>
    <message>
        <source>The database could not switch to safe-write mode (WAL).</source>
        <translation>La base de datos no pudo pasar al modo de escritura segura (WAL).</translation>
    </message>
    <message>
        <source>Move the data folder to a local drive and try again.</source>
        <translation>Mueva la carpeta de datos a una unidad local e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A database already exists in this data folder.</source>
        <translation>Ya existe una base de datos en esta carpeta de datos.</translation>
    </message>
    <message>
        <source>Open it with its passphrase, or choose another data folder.</source>
        <translation>Ábrala con su frase de contraseña, o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>There is no database in {folder}.</source>
        <translation>No hay ninguna base de datos en {folder}.</translation>
    </message>
    <message>
        <source>Start the app once to create one, or choose the right data folder.</source>
        <translation>Inicie la aplicación una vez para crear una, o elija la carpeta de datos correcta.</translation>
    </message>
    <message>
        <source>Another program is using the database right now.</source>
        <translation>Otro programa está usando la base de datos en este momento.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. Nothing you typed has been lost.</source>
        <translation>Espere un momento e inténtelo de nuevo. No se ha perdido nada de lo que escribió.</translation>
    </message>
    <message>
        <source>The database file cannot be written (the folder or the drive is read-only).</source>
        <translation>No se puede escribir en el archivo de la base de datos (la carpeta o la unidad es de solo lectura).</translation>
    </message>
    <message>
        <source>Move the data folder to a writable drive, or ask IT to restore write access.</source>
        <translation>Mueva la carpeta de datos a una unidad con permiso de escritura, o pida a informática que restablezca el acceso de escritura.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved.</source>
        <translation>El disco está lleno, así que no se pudo guardar el último cambio.</translation>
    </message>
    <message>
        <source>Free some space (empty the recycle bin, remove large downloads), then try again. Your text is still on screen.</source>
        <translation>Libere espacio (vacíe la papelera, elimine descargas grandes) e inténtelo de nuevo. Su texto sigue en pantalla.</translation>
    </message>
    <message>
        <source>The drive reported an error while saving.</source>
        <translation>La unidad informó de un error al guardar.</translation>
    </message>
    <message>
        <source>Check that the drive is connected and has free space, then try again.</source>
        <translation>Compruebe que la unidad está conectada y tiene espacio libre, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not an IOP Facilitator database.</source>
        <translation>El archivo de la base de datos está dañado o no es una base de datos de IOP Facilitator.</translation>
    </message>
    <message>
        <source>Restore the newest backup (Settings, Backups, or `iop-facilitator restore`).</source>
        <translation>Restaure la copia de seguridad más reciente (Configuración, Copias de seguridad, o `iop-facilitator restore`).</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>No se pudo abrir el archivo de la base de datos.</translation>
    </message>
    <message>
        <source>Check that the data folder exists and that you may write to it.</source>
        <translation>Compruebe que la carpeta de datos existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <source>the backup&apos;s details</source>
        <translation>los datos de la copia de seguridad</translation>
    </message>
    <message>
        <source>the current database</source>
        <translation>la base de datos actual</translation>
    </message>
    <message>
        <source>the restored database</source>
        <translation>la base de datos restaurada</translation>
    </message>
    <message>
        <source>the maintenance notes</source>
        <translation>el registro de mantenimiento</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <source>the topic pack</source>
        <translation>el paquete de temas</translation>
    </message>
    <message>
        <source>the audit</source>
        <translation>la auditoría</translation>
    </message>
    <message>
        <source>The disk is full, so {what} could not be saved in {folder}.</source>
        <translation>El disco está lleno, así que no se pudo guardar {what} en {folder}.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder, then try again. Nothing was lost.</source>
        <translation>Libere espacio o elija otra carpeta e inténtelo de nuevo. No se perdió nada.</translation>
    </message>
    <message>
        <source>{subject} could not be saved: the folder {folder} cannot be written to.</source>
        <translation>{subject} no se pudo guardar: no se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder you can save files in (for example Documents), then try again.</source>
        <translation>Elija una carpeta en la que pueda guardar archivos (por ejemplo Documentos) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{subject} could not be saved: the folder {folder} cannot be created or found.</source>
        <translation>{subject} no se pudo guardar: no se puede crear ni encontrar la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Choose an existing folder, or check that the drive is connected, then try again.</source>
        <translation>Elija una carpeta existente, o compruebe que la unidad está conectada, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{subject} could not be saved: the file name is too long for {folder}.</source>
        <translation>{subject} no se pudo guardar: el nombre del archivo es demasiado largo para {folder}.</translation>
    </message>
    <message>
        <source>Choose a folder with a shorter path, then try again.</source>
        <translation>Elija una carpeta con una ruta más corta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{subject} could not be saved in {folder} ({reason}).</source>
        <translation>{subject} no se pudo guardar en {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Close the file if another program has it open, check the drive, then try again.</source>
        <translation>Cierre el archivo si otro programa lo tiene abierto, revise la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A backup named {name} already exists.</source>
        <translation>Ya existe una copia de seguridad llamada {name}.</translation>
    </message>
    <message>
        <source>There is no file {name} in {folder}.</source>
        <translation>No hay ningún archivo {name} en {folder}.</translation>
    </message>
    <message>
        <source>{name} does not open with this passphrase, or is not a clinic database.</source>
        <translation>{name} no se abre con esta frase de contraseña, o no es una base de datos de la clínica.</translation>
    </message>
    <message>
        <source>Use the passphrase that was in use when that backup was made.</source>
        <translation>Use la frase de contraseña que se usaba cuando se hizo esa copia de seguridad.</translation>
    </message>
    <message>
        <source>This database was last opened by a newer version of IOP Facilitator.</source>
        <translation>Esta base de datos la abrió por última vez una versión más nueva de IOP Facilitator.</translation>
    </message>
    <message>
        <source>Install the newest version of the app; this one cannot read it safely.</source>
        <translation>Instale la versión más reciente de la aplicación; esta no puede leerla con seguridad.</translation>
    </message>
    <message>
        <source>Another program is reading the database, so the passphrase cannot change now.</source>
        <translation>Otro programa está leyendo la base de datos, así que la frase de contraseña no puede cambiar ahora.</translation>
    </message>
    <message>
        <source>Close other copies of the app and try again.</source>
        <translation>Cierre las demás copias de la aplicación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Another program wrote to the database during the passphrase change.</source>
        <translation>Otro programa escribió en la base de datos durante el cambio de frase de contraseña.</translation>
    </message>
    <message>
        <source>Nothing changed. Close other copies of the app and try again.</source>
        <translation>No cambió nada. Cierre las demás copias de la aplicación e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AddFormatDialog</name>
    <message>
        <source>Add a note format</source>
        <translation>Añadir un formato de nota</translation>
    </message>
    <message>
        <source>Format name</source>
        <translation>Nombre del formato</translation>
    </message>
    <message>
        <source>A short name, e.g. SIRP</source>
        <translation>Un nombre corto, p. ej., SIRP</translation>
    </message>
    <message>
        <source>Write the sections in the order the note shows them, each with a one-line hint for whoever writes the note. Between {low} and {high} sections; one must be called Plan, because every chartable note shows the member&apos;s plan.</source>
        <translation>Escriba las secciones en el orden en que las muestra la nota, cada una con una indicación de una línea para quien escriba la nota. Entre {low} y {high} secciones; una debe llamarse Plan, porque toda nota para el expediente muestra el plan del miembro.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Hint (one line)</source>
        <translation>Indicación (una línea)</translation>
    </message>
    <message>
        <source>Add a &amp;section</source>
        <translation>Añadir una &amp;sección</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Añadir una sección</translation>
    </message>
    <message>
        <source>Problem with this format</source>
        <translation>Problema con este formato</translation>
    </message>
    <message>
        <source>Save format</source>
        <translation>Guardar formato</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next steps, homework, next session, referrals.</source>
        <translation>Próximos pasos, tareas, próxima sesión, derivaciones.</translation>
    </message>
    <message>
        <source>{n}.</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>Section {n} name</source>
        <translation>Nombre de la sección {n}</translation>
    </message>
    <message>
        <source>Section {n} hint</source>
        <translation>Indicación de la sección {n}</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit member</source>
        <translation>Admitir miembro</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
    <message>
        <source>Admit a member to the program. The chart id is the number from the EHR.</source>
        <translation>Admita a un miembro en el programa. El n.º de expediente es el número del expediente electrónico (EHR).</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>what the group calls them</source>
        <translation>cómo lo llama el grupo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>as in the chart</source>
        <translation>como en el expediente</translation>
    </message>
    <message>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>e.g. MRN-20417</source>
        <translation>p. ej., MRN-20417</translation>
    </message>
    <message>
        <source>Date of birth (optional)</source>
        <translation>Fecha de nacimiento (opcional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>AAAA-MM-DD o MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Expected discharge (optional)</source>
        <translation>Alta prevista (opcional)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>Sin grupo por ahora</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>Facilitator-only note</source>
        <translation>Nota solo para el facilitador</translation>
    </message>
    <message>
        <source>Accommodations, pronouns. Not exported.</source>
        <translation>Adaptaciones, pronombres. No se exporta.</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;Chart id:</source>
        <translation>N.º de &amp;expediente:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>Pr&amp;ograma:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>Fecha de &amp;ingreso:</translation>
    </message>
    <message>
        <source>E&amp;xpected discharge:</source>
        <translation>Alta pre&amp;vista:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Facilitator &amp;note:</source>
        <translation>No&amp;ta del facilitador:</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>Re-admit {name} (chart {chart}, discharged {date})?</source>
        <translation>¿Readmitir a {name} (expediente {chart}, dado de alta el {date})?</translation>
    </message>
    <message>
        <source>They come back as the same member: a new episode starts on the admission date; their earlier groups, attendance and notes stay with their record.</source>
        <translation>Vuelve como el mismo miembro: un nuevo episodio empieza en la fecha de ingreso; sus grupos, asistencia y notas anteriores siguen en su registro.</translation>
    </message>
    <message>
        <source>Check first: {differences}. Their name and date of birth stay as recorded.</source>
        <translation>Revise primero: {differences}. Su nombre y fecha de nacimiento quedan como están registrados.</translation>
    </message>
    <message>
        <source>Press Re-admit to continue, or correct the chart id.</source>
        <translation>Pulse Readmitir para continuar o corrija el n.º de expediente.</translation>
    </message>
    <message>
        <source>Re-admit</source>
        <translation>Readmitir</translation>
    </message>
    <message>
        <source>Re-admit member</source>
        <translation>Readmitir miembro</translation>
    </message>
    <message>
        <source>{name} was re-admitted: a new episode has started.</source>
        <translation>{name} fue readmitido: ha empezado un nuevo episodio.</translation>
    </message>
</context>
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
        <source>The session&apos;s plan, one segment per line</source>
        <translation>El plan de la sesión, un segmento por línea</translation>
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
    <name>AttendanceCode</name>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <translation>T</translation>
    </message>
    <message>
        <source>E</source>
        <translation>S</translation>
    </message>
    <message>
        <source>T</source>
        <translation>V</translation>
    </message>
    <message>
        <source>X</source>
        <translation>J</translation>
    </message>
    <message>
        <source>U</source>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>AttendanceStrip</name>
    <message>
        <source>P present  L late  E left early  T telehealth  X absent excused  U absent unexcused</source>
        <translation>P presente  T tarde  S salió temprano  V telesalud  J ausente justificado  I ausente injustificado</translation>
    </message>
    <message>
        <source>Attendance by session</source>
        <translation>Asistencia por sesión</translation>
    </message>
    <message>
        <source>{title}: no sessions in this range.</source>
        <translation>{title}: no hay sesiones en este período.</translation>
    </message>
    <message>
        <source>{title}: attended {attended} of {total}. {details}.</source>
        <translation>{title}: asistió a {attended} de {total}. {details}.</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Eventos mostrados</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export audit as CSV</source>
        <translation>Exportar la auditoría como CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>The audit trail cannot be changed or deleted, by anyone.</source>
        <translation>Nadie puede cambiar ni borrar el registro de auditoría.</translation>
    </message>
    <message>
        <source>{shown} of {total} events</source>
        <translation>{shown} de {total} eventos</translation>
    </message>
    <message>
        <source>Exported {count} events.</source>
        <translation>Se exportaron {count} eventos.</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(no facilitator chosen)</source>
        <translation>(sin facilitador elegido)</translation>
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
    <name>BackupsModel</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups list</source>
        <translation>Lista de copias de seguridad</translation>
    </message>
    <message>
        <source>Each backup with its date, size and counts</source>
        <translation>Cada copia de seguridad con su fecha, tamaño y totales</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Encrypted copies in {folder}: made at start-up (daily), after signing, and on demand; the last 7 days and 8 weeks are kept.</source>
        <translation>Copias cifradas en {folder}: se hacen al iniciar (una vez al día), después de firmar y a pedido; se conservan las de los últimos 7 días y 8 semanas.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}. Use Back up now to make one.</source>
        <translation>Todavía no hay copias de seguridad en {folder}. Use «Hacer copia de seguridad ahora» para hacer una.</translation>
    </message>
    <message>
        <source>Backup made and checked: {file}</source>
        <translation>Copia de seguridad hecha y verificada: {file}</translation>
    </message>
    <message>
        <source>the backup from {when}</source>
        <translation>la copia de seguridad del {when}</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Clinic backups (*.db)</source>
        <translation>Copias de seguridad de la clínica (*.db)</translation>
    </message>
    <message>
        <source>Restore {backup}? It holds {members} members, {sessions} sessions and {notes} notes.</source>
        <translation>¿Restaurar {backup}? Contiene {members} miembros, {sessions} sesiones y {notes} notas.</translation>
    </message>
    <message>
        <source>The current database is kept aside (renamed, not deleted). Anything entered after this backup was made will not be in the restored records. The app closes afterwards; open it again to continue.</source>
        <translation>La base de datos actual se guarda aparte (con otro nombre, no se borra). Lo que se haya ingresado después de hacer esta copia no estará en los registros restaurados. Después la aplicación se cierra; ábrala de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Restored {backup}.</source>
        <translation>Se restauró {backup}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {file}. The app will close now; open it again to continue.</source>
        <translation>La base de datos anterior se guardó como {file}. La aplicación se cerrará ahora; ábrala de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The app will close now; open it again to continue.</source>
        <translation>La aplicación se cerrará ahora; ábrala de nuevo para continuar.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data in this range.</source>
        <translation>No hay datos en este período.</translation>
    </message>
    <message>
        <source>{title}: {empty}</source>
        <translation>{title}: {empty}</translation>
    </message>
    <message>
        <source>{title}. {values}.</source>
        <translation>{title}. {values}.</translation>
    </message>
    <message>
        <source>Target {target}; {below} of {judged} below target.</source>
        <translation>Meta {target}; {below} de {judged} por debajo de la meta.</translation>
    </message>
    <message>
        <source>{count} partial weeks not judged.</source>
        <translation>{count} semanas parciales sin evaluar.</translation>
    </message>
    <message>
        <source>Solid: at or above {target}   Hatched: below   Dashed line: target</source>
        <translation>Sólido: en {target} o más   Rayado: por debajo   Línea discontinua: meta</translation>
    </message>
    <message>
        <source>Dotted: not a full week</source>
        <translation>Punteado: semana incompleta</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>The database is re-encrypted with the new passphrase. Until it is done the old passphrase keeps working, so nothing is lost if the computer stops half-way. Backups made before today still need the passphrase that was in use then.</source>
        <translation>La base de datos se vuelve a cifrar con la frase de contraseña nueva. Hasta que termine, la frase anterior sigue funcionando, así que no se pierde nada si la computadora se detiene a mitad del proceso. Las copias de seguridad hechas antes de hoy siguen necesitando la frase de contraseña que se usaba entonces.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Frase de contraseña nueva:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>Repita la frase nueva:</translation>
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
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Topic pack (*.toml);;Topic pack as JSON (*.json)</source>
        <translation>Paquete de temas (*.toml);;Paquete de temas en JSON (*.json)</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Todas las series</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Temario</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Buscar temas</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Buscar en títulos y texto</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Show &amp;retired topics</source>
        <translation>Mostrar temas &amp;retirados</translation>
    </message>
    <message>
        <source>Show retired topics</source>
        <translation>Mostrar temas retirados</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topic preview</source>
        <translation>Vista previa del tema</translation>
    </message>
    <message>
        <source>&amp;New topic</source>
        <translation>&amp;Nuevo tema</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirar</translation>
    </message>
    <message>
        <source>&amp;Print handout...</source>
        <translation>Im&amp;primir material...</translation>
    </message>
    <message>
        <source>&amp;Import pack...</source>
        <translation>&amp;Importar paquete...</translation>
    </message>
    <message>
        <source>E&amp;xport pack...</source>
        <translation>E&amp;xportar paquete...</translation>
    </message>
    <message>
        <source>Topic file problems</source>
        <translation>Problemas con los archivos de temas</translation>
    </message>
    <message>
        <source>Curriculum status</source>
        <translation>Estado del temario</translation>
    </message>
    <message>
        <source>Warning: 1 built-in topic file could not be loaded; the other topics are here.
{problems}</source>
        <translation>Aviso: no se pudo cargar 1 archivo de temas incluidos; los demás temas están aquí.
{problems}</translation>
    </message>
    <message>
        <source>Warning: {count} built-in topic files could not be loaded; the other topics are here.
{problems}</source>
        <translation>Aviso: no se pudieron cargar {count} archivos de temas incluidos; los demás temas están aquí.
{problems}</translation>
    </message>
    <message>
        <source>{shown} of {total} topics shown.</source>
        <translation>{shown} de {total} temas mostrados.</translation>
    </message>
    <message>
        <source>{series} ({count})</source>
        <translation>{series} ({count})</translation>
    </message>
    <message>
        <source>{series}, {count} topics</source>
        <translation>{series}, {count} temas</translation>
    </message>
    <message>
        <source>*No topic chosen.* Choose a series or clear the search.</source>
        <translation>*No hay ningún tema elegido.* Elija una serie o borre la búsqueda.</translation>
    </message>
    <message>
        <source>Clinic topic, version {version}</source>
        <translation>Tema de la clínica, versión {version}</translation>
    </message>
    <message>
        <source>Built-in topic (read-only), version {version}</source>
        <translation>Tema incluido (solo lectura), versión {version}</translation>
    </message>
    <message>
        <source>{status}, **retired**</source>
        <translation>{status}, **retirado**</translation>
    </message>
    <message>
        <source>Built-in topics are read-only: use Duplicate.</source>
        <translation>Los temas incluidos son de solo lectura: use Duplicar.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Restaur&amp;ar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Made an editable copy of &apos;{title}&apos;.</source>
        <translation>Se hizo una copia editable de «{title}».</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir material</translation>
    </message>
    <message>
        <source>Exported 1 topic to {file}.</source>
        <translation>Se exportó 1 tema a {file}.</translation>
    </message>
    <message>
        <source>Exported {count} topics to {file}.</source>
        <translation>Se exportaron {count} temas a {file}.</translation>
    </message>
    <message>
        <source>This pack cannot be imported</source>
        <translation>Este paquete no se puede importar</translation>
    </message>
    <message>
        <source>{summary}

Nothing was changed.</source>
        <translation>{summary}

No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>No hay nada que importar</translation>
    </message>
    <message>
        <source>Import topics?</source>
        <translation>¿Importar los temas?</translation>
    </message>
    <message>
        <source>{summary}

Import the new and changed topics? Conflicting ones are left as they are.</source>
        <translation>{summary}

¿Importar los temas nuevos y modificados? Los que estén en conflicto quedan como están.</translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed topic(s); {skipped} left as they were.</source>
        <translation>Se importaron {added} tema(s) nuevo(s) y {updated} modificado(s); {skipped} quedaron como estaban.</translation>
    </message>
    <message>
        <source>Import topic pack</source>
        <translation>Importar paquete de temas</translation>
    </message>
    <message>
        <source>Export topic pack</source>
        <translation>Exportar paquete de temas</translation>
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
        <source>What you typed since opening</source>
        <translation>Lo que escribió desde que abrió la aplicación</translation>
    </message>
    <message>
        <source>This was found by the check that runs after the app opens. From now on nothing is saved: text you type stays on screen but is not stored. What was saved since the app opened went into the damaged file, which is kept aside: after restoring, look over today&apos;s notes and re-enter anything missing. The app closes after the restore; open it again to continue.</source>
        <translation>Lo encontró la revisión que se ejecuta después de abrir la aplicación. A partir de ahora no se guarda nada: el texto que escriba queda en pantalla pero no se almacena. Lo guardado desde que se abrió la aplicación quedó en el archivo dañado, que se conserva aparte: después de restaurar, revise las notas de hoy y vuelva a escribir lo que falte. La aplicación se cierra tras la restauración; ábrala de nuevo para continuar.</translation>
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
    <name>DialogParts</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge member</source>
        <translation>Dar de alta al miembro</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>Discharge &lt;b&gt;{name}&lt;/b&gt; ({chart_id}), admitted {admitted}. The discharge date is their last day in every group; their notes and past rosters are kept.</source>
        <translation>Dar de alta a &lt;b&gt;{name}&lt;/b&gt; ({chart_id}), con ingreso el {admitted}. La fecha de alta es su último día en todos los grupos; se conservan sus notas y las listas anteriores.</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Discharge reason</source>
        <translation>Motivo del alta</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>Discharge &amp;date:</source>
        <translation>&amp;Fecha de alta:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Choose a discharge reason.</source>
        <translation>Elija un motivo del alta.</translation>
    </message>
    <message>
        <source>It goes into the record and the program&apos;s reports.</source>
        <translation>Queda en el expediente y en los informes del programa.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
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
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Completed program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Stepped up to a higher level of care</source>
        <translation>Pasó a un nivel de atención mayor</translation>
    </message>
    <message>
        <source>Stepped down to a lower level of care</source>
        <translation>Pasó a un nivel de atención menor</translation>
    </message>
    <message>
        <source>Left against advice</source>
        <translation>Se retiró contra la recomendación clínica</translation>
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
        <translation>Recurrencia</translation>
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
        <source>Discharged here: tick to re-admit</source>
        <translation>Dado de alta aquí: marque para readmitir</translation>
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
    <message>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programa</translation>
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
    <name>FacilitatorChooserDialog</name>
    <message>
        <source>{app}: who is facilitating?</source>
        <translation>{app}: ¿quién facilita?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is facilitating?&lt;/b&gt;&lt;br&gt;Every change and signature is recorded under this name.</source>
        <translation>&lt;b&gt;¿Quién facilita?&lt;/b&gt;&lt;br&gt;Cada cambio y cada firma quedan registrados con este nombre.</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>{name}  (PIN)</source>
        <translation>{name}  (PIN)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>This profile has no PIN yet: set one in Settings.</source>
        <translation>Este perfil todavía no tiene PIN: configure uno en Configuración.</translation>
    </message>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Elija su nombre en la lista.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>+ New profile</source>
        <translation>+ Perfil nuevo</translation>
    </message>
    <message>
        <source>Facilitator profiles</source>
        <translation>Perfiles de facilitador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>e.g. LADC, CADC, LPC, LCSW</source>
        <translation>p. ej., LADC, CADC, LPC, LCSW</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <source>PIN status</source>
        <translation>Estado del PIN</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Quitar PIN</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation>Credenciales:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Current PIN:</source>
        <translation>PIN actual:</translation>
    </message>
    <message>
        <source>New PIN (4-8 digits):</source>
        <translation>PIN nuevo (4-8 dígitos):</translation>
    </message>
    <message>
        <source>New PIN again:</source>
        <translation>Repita el PIN nuevo:</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Not set (needed for quick unlock)</source>
        <translation>Sin configurar (necesario para el desbloqueo rápido)</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>Los dos PIN nuevos no coinciden. Escríbalos de nuevo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>PIN removed.</source>
        <translation>Se quitó el PIN.</translation>
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
        <source>Please enter your name: it goes on every note you sign.</source>
        <translation>Escriba su nombre: aparece en cada nota que firme.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>&amp;Nuevo grupo</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <source>S&amp;tart a session...</source>
        <translation>&amp;Iniciar una sesión...</translation>
    </message>
    <message>
        <source>Start a session for this group</source>
        <translation>Iniciar una sesión para este grupo</translation>
    </message>
    <message>
        <source>Schedule and settings</source>
        <translation>Horario y configuración</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>e.g. Morning IOP</source>
        <translation>p. ej., IOP de la mañana</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Meets on {day}</source>
        <translation>Se reúne el {day}</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM, formato de 24 horas</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>e.g. Room 2</source>
        <translation>p. ej., Sala 2</translation>
    </message>
    <message>
        <source>Default note format</source>
        <translation>Formato de nota predeterminado</translation>
    </message>
    <message>
        <source>Billing code</source>
        <translation>Código de facturación</translation>
    </message>
    <message>
        <source>Size cap</source>
        <translation>Cupo máximo</translation>
    </message>
    <message>
        <source>Above this many members the app warns; it never blocks.</source>
        <translation>Por encima de esta cantidad de miembros la aplicación avisa; nunca bloquea.</translation>
    </message>
    <message>
        <source>Active (meets and takes new members)</source>
        <translation>Activo (se reúne y acepta miembros nuevos)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>&amp;Guardar grupo</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Guardar grupo</translation>
    </message>
    <message>
        <source>Group message</source>
        <translation>Mensaje del grupo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Meets on:</source>
        <translation>Se reúne:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>Note &amp;format:</source>
        <translation>&amp;Formato de nota:</translation>
    </message>
    <message>
        <source>&amp;Billing code:</source>
        <translation>&amp;Código de facturación:</translation>
    </message>
    <message>
        <source>Size &amp;cap:</source>
        <translation>Cupo &amp;máximo:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista del grupo</translation>
    </message>
    <message>
        <source>Roster on date</source>
        <translation>Lista del grupo en la fecha</translation>
    </message>
    <message>
        <source>Roster size</source>
        <translation>Tamaño de la lista</translation>
    </message>
    <message>
        <source>&amp;Admit to this group…</source>
        <translation>&amp;Admitir en este grupo…</translation>
    </message>
    <message>
        <source>Admit a member to this group</source>
        <translation>Admitir a un miembro en este grupo</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>C&amp;rear grupo</translation>
    </message>
    <message>
        <source>{count} of {cap} members today: above the cap</source>
        <translation>{count} de {cap} miembros hoy: por encima del cupo</translation>
    </message>
    <message>
        <source>{count} of {cap} members today</source>
        <translation>{count} de {cap} miembros hoy</translation>
    </message>
    <message>
        <source>{count} of {cap} members on {date}: above the cap</source>
        <translation>{count} de {cap} miembros el {date}: por encima del cupo</translation>
    </message>
    <message>
        <source>{count} of {cap} members on {date}</source>
        <translation>{count} de {cap} miembros el {date}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
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
    <name>LineChart</name>
    <message>
        <source>Nothing recorded in this range.</source>
        <translation>No hay nada registrado en este período.</translation>
    </message>
    <message>
        <source>{title}: {empty}</source>
        <translation>{title}: {empty}</translation>
    </message>
    <message>
        <source>{title}. {values}.</source>
        <translation>{title}. {values}.</translation>
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
        <source>Go to {page}</source>
        <translation>Ir a {page}</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Start a session...</source>
        <translation>&amp;Iniciar una sesión...</translation>
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
    <name>MemberDialogs</name>
    <message>
        <source>Not saved: {problem} {what_next}</source>
        <translation>No se guardó: {problem} {what_next}</translation>
    </message>
    <message>
        <source>{name} ({schedule})</source>
        <translation>{name} ({schedule})</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Import members from CSV</source>
        <translation>Importar miembros desde CSV</translation>
    </message>
    <message>
        <source>Choose the member list exported from the EHR as CSV. Check how its columns match, look through the rows, then import the ticked ones. Members whose chart id is already here are skipped.</source>
        <translation>Elija la lista de miembros exportada del expediente electrónico (EHR) como CSV. Revise cómo coinciden sus columnas, repase las filas y luego importe las marcadas. Se omiten los miembros cuyo n.º de expediente ya está aquí.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose CSV file</source>
        <translation>Elegir archivo CSV</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <source>File encoding</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <source>{field} (required):</source>
        <translation>{field} (obligatorio):</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>For every row</source>
        <translation>Para todas las filas</translation>
    </message>
    <message>
        <source>Date order in the file</source>
        <translation>Orden de las fechas en el archivo</translation>
    </message>
    <message>
        <source>Month first (03/09/2026 = 9 March)</source>
        <translation>Mes primero (03/09/2026 = 9 de marzo)</translation>
    </message>
    <message>
        <source>Day first (03/09/2026 = 3 September)</source>
        <translation>Día primero (03/09/2026 = 3 de septiembre)</translation>
    </message>
    <message>
        <source>Track when the file has none</source>
        <translation>Programa cuando el archivo no lo tiene</translation>
    </message>
    <message>
        <source>Admission date when the file has none</source>
        <translation>Fecha de ingreso cuando el archivo no la tiene</translation>
    </message>
    <message>
        <source>Enroll imported members in group</source>
        <translation>Inscribir a los miembros importados en el grupo</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Track if missing:</source>
        <translation>Programa si falta:</translation>
    </message>
    <message>
        <source>Admitted if no column:</source>
        <translation>Ingreso si no hay columna:</translation>
    </message>
    <message>
        <source>Enroll in:</source>
        <translation>Inscribir en:</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Tick all &amp;new</source>
        <translation>Marcar todos los &amp;nuevos</translation>
    </message>
    <message>
        <source>Tick all new rows</source>
        <translation>Marcar todas las filas nuevas</translation>
    </message>
    <message>
        <source>Tick n&amp;one</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message>
        <source>Untick all rows</source>
        <translation>Desmarcar todas las filas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import ticked members</source>
        <translation>Importar los miembros marcados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source> ({n} of them re-admitted)</source>
        <translation> ({n} de ellos readmitidos)</translation>
    </message>
    <message>
        <source>Imported {imported} members{again}; {skipped} already here were skipped.</source>
        <translation>Se importaron {imported} miembros{again}; se omitieron {skipped} que ya estaban.</translation>
    </message>
    <message>
        <source>Imported {imported} members{again}.</source>
        <translation>Se importaron {imported} miembros{again}.</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elija el archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file}: 1 row</source>
        <translation>{file}: 1 fila</translation>
    </message>
    <message>
        <source>{file}: {rows} rows</source>
        <translation>{file}: {rows} filas</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(columna {number})</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {here} already in the app, {repeated} repeated in the file, {errors} with problems (listed by row below).</source>
        <translation>{rows} filas: {new} nuevas, {here} ya en la aplicación, {repeated} repetidas en el archivo, {errors} con problemas (se detallan por fila abajo).</translation>
    </message>
    <message numerus="yes">
        <source>%n discharged member(s) could be re-admitted: tick those who are coming back.</source>
        <translation>
            <numerusform>%n miembro dado de alta podría readmitirse: marque a quienes regresan.</numerusform>
            <numerusform>%n miembros dados de alta podrían readmitirse: marque a quienes regresan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import 1 member</source>
        <translation>&amp;Importar 1 miembro</translation>
    </message>
    <message>
        <source>&amp;Import {count} members</source>
        <translation>&amp;Importar {count} miembros</translation>
    </message>
</context>
<context>
    <name>MemberModels</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Dado de alta</translation>
    </message>
    <message>
        <source>Current (active and on hold)</source>
        <translation>Actuales (activos y en espera)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
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
        <source>still enrolled</source>
        <translation>sigue inscrito</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <source>{name}
{schedule} · {room}</source>
        <translation>{name}
{schedule} · {room}</translation>
    </message>
    <message>
        <source>{name} (inactive)
{schedule} · {room}</source>
        <translation>{name} (inactivo)
{schedule} · {room}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sin sala</translation>
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
    <name>MemberProgress</name>
    <message>
        <source>Week of {day}: {hours} h of {target} so far (week in progress)</source>
        <translation>Semana del {day}: {hours} h de {target} hasta ahora (semana en curso)</translation>
    </message>
    <message>
        <source>Week of {day}: {hours} h of {target} (part of the week in the program)</source>
        <translation>Semana del {day}: {hours} h de {target} (parte de la semana en el programa)</translation>
    </message>
    <message>
        <source>Week of {day}: {hours} h of {target} (below target)</source>
        <translation>Semana del {day}: {hours} h de {target} (por debajo de la meta)</translation>
    </message>
    <message>
        <source>Week of {day}: {hours} h of {target}</source>
        <translation>Semana del {day}: {hours} h de {target}</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>{day} {group}: {status}, {minutes} min</source>
        <translation>{day} {group}: {status}, {minutes} min</translation>
    </message>
    <message>
        <source>{day}: craving {value} of 10</source>
        <translation>{day}: deseo de consumo {value} de 10</translation>
    </message>
    <message>
        <source>{day}: {stage}</source>
        <translation>{day}: {stage}</translation>
    </message>
</context>
<context>
    <name>MemberProgressDialog</name>
    <message>
        <source>Member progress</source>
        <translation>Progreso del miembro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MemberProgressWidget</name>
    <message>
        <source>Member progress</source>
        <translation>Progreso del miembro</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress in words</source>
        <translation>Progreso en palabras</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>Craving at check-in (0-10)</source>
        <translation>Deseo de consumo al inicio (0-10)</translation>
    </message>
    <message>
        <source>Stage of change</source>
        <translation>Etapa de cambio</translation>
    </message>
    <message>
        <source>Topics had</source>
        <translation>Temas vistos</translation>
    </message>
    <message>
        <source>Topics still to have</source>
        <translation>Temas pendientes</translation>
    </message>
    <message>
        <source>Still to have</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Member progress charts</source>
        <translation>Gráficas del progreso del miembro</translation>
    </message>
    <message>
        <source>Progress: {name} ({full_name})</source>
        <translation>Progreso: {name} ({full_name})</translation>
    </message>
    <message>
        <source>{hours} h target</source>
        <translation>Meta de {hours} h</translation>
    </message>
    <message>
        <source>{title} (last {date}, {times} times)</source>
        <translation>{title} (última vez el {date}, {times} veces)</translation>
    </message>
    <message>
        <source>{title} (last {date})</source>
        <translation>{title} (última vez el {date})</translation>
    </message>
    <message>
        <source>{title} ({series})</source>
        <translation>{title} ({series})</translation>
    </message>
    <message>
        <source>Topics had ({count})</source>
        <translation>Temas vistos ({count})</translation>
    </message>
    <message>
        <source>Still to have ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Buscar miembros</translation>
    </message>
    <message>
        <source>Search by name or chart id (Ctrl+F)</source>
        <translation>Nombre o n.º de expediente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show members by status</source>
        <translation>Mostrar miembros por estado</translation>
    </message>
    <message>
        <source>Show members of group</source>
        <translation>Mostrar miembros del grupo</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admitir…</translation>
    </message>
    <message>
        <source>Admit member</source>
        <translation>Admitir miembro</translation>
    </message>
    <message>
        <source>Admit a new member (Ctrl+N)</source>
        <translation>Admitir a un miembro nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import members from CSV</source>
        <translation>Importar miembros desde CSV</translation>
    </message>
    <message>
        <source>Admit many members from the EHR&apos;s CSV export</source>
        <translation>Admitir a varios miembros desde el CSV exportado del expediente electrónico (EHR)</translation>
    </message>
    <message>
        <source>Members shown</source>
        <translation>Miembros mostrados</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Member details and progress</source>
        <translation>Datos y progreso del miembro</translation>
    </message>
    <message>
        <source>Member details or progress</source>
        <translation>Datos o progreso del miembro</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Member progress</source>
        <translation>Progreso del miembro</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Progre&amp;so</translation>
    </message>
    <message>
        <source>Admit a member</source>
        <translation>Admitir a un miembro</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>Datos del miembro</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Ningún miembro seleccionado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Horas esta semana</translation>
    </message>
    <message>
        <source>Days in program</source>
        <translation>Días en el programa</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Sesiones asistidas</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>Esta semana:</translation>
    </message>
    <message>
        <source>In program:</source>
        <translation>En el programa:</translation>
    </message>
    <message>
        <source>Sessions attended:</source>
        <translation>Sesiones asistidas:</translation>
    </message>
    <message>
        <source>Earlier episodes</source>
        <translation>Episodios anteriores</translation>
    </message>
    <message>
        <source>Earlier episodes:</source>
        <translation>Episodios anteriores:</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Trasladar…</translation>
    </message>
    <message>
        <source>Move to another group</source>
        <translation>Trasladar a otro grupo</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>Dar de a&amp;lta…</translation>
    </message>
    <message>
        <source>Discharge member</source>
        <translation>Dar de alta al miembro</translation>
    </message>
    <message>
        <source>Put on &amp;hold</source>
        <translation>Poner en &amp;espera</translation>
    </message>
    <message>
        <source>Put on hold or make active again</source>
        <translation>Poner en espera o reactivar</translation>
    </message>
    <message>
        <source>Groups and dates</source>
        <translation>Grupos y fechas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Chart id</source>
        <translation>N.º de expediente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>Facilitator-only note</source>
        <translation>Nota solo para el facilitador</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Chart id:</source>
        <translation>N.º de expediente:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Admitted on:</source>
        <translation>Fecha de ingreso:</translation>
    </message>
    <message>
        <source>Expected discharge:</source>
        <translation>Alta prevista:</translation>
    </message>
    <message>
        <source>Discharged:</source>
        <translation>Alta:</translation>
    </message>
    <message>
        <source>Facilitator note:</source>
        <translation>Nota del facilitador:</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <source>Save member details</source>
        <translation>Guardar los datos del miembro</translation>
    </message>
    <message>
        <source>Details message</source>
        <translation>Mensaje de los datos</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>{shown} of 1 member shown</source>
        <translation>{shown} de 1 miembro mostrado</translation>
    </message>
    <message>
        <source>{shown} of {total} members shown</source>
        <translation>{shown} de {total} miembros mostrados</translation>
    </message>
    <message>
        <source>{done} of {target} target (below target)</source>
        <translation>{done} de una meta de {target} (por debajo de la meta)</translation>
    </message>
    <message>
        <source>{done} of {target} target</source>
        <translation>{done} de una meta de {target}</translation>
    </message>
    <message>
        <source>1 day (admitted {date})</source>
        <translation>1 día (ingreso el {date})</translation>
    </message>
    <message>
        <source>{days} days (admitted {date})</source>
        <translation>{days} días (ingreso el {date})</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date}: {reason}</translation>
    </message>
    <message>
        <source>Not discharged</source>
        <translation>Sin alta</translation>
    </message>
    <message>
        <source>Your changes to the details are not saved yet: press Save details.</source>
        <translation>Sus cambios en los datos aún no están guardados: pulse Guardar datos.</translation>
    </message>
    <message>
        <source>{start} to {end} ({reason})</source>
        <translation>{start} a {end} ({reason})</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Move member</source>
        <translation>Trasladar miembro</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;{name}&lt;/b&gt; ({chart_id}) to another group. From the move date they are on the new group&apos;s roster; their last day in the old group is the day before. Past rosters do not change.</source>
        <translation>Trasladar a &lt;b&gt;{name}&lt;/b&gt; ({chart_id}) a otro grupo. Desde la fecha del traslado figura en la lista del grupo nuevo; su último día en el grupo anterior es el día antes. Las listas anteriores no cambian.</translation>
    </message>
    <message>
        <source>From group</source>
        <translation>Desde el grupo</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>Al grupo</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>Elija un grupo…</translation>
    </message>
    <message>
        <source>Move date</source>
        <translation>Fecha del traslado</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>&amp;From group:</source>
        <translation>&amp;Desde el grupo:</translation>
    </message>
    <message>
        <source>&amp;To group:</source>
        <translation>&amp;Al grupo:</translation>
    </message>
    <message>
        <source>Move &amp;date:</source>
        <translation>&amp;Fecha del traslado:</translation>
    </message>
    <message>
        <source>This member is not in any group now: admit them to one by editing, or discharge them.</source>
        <translation>Este miembro no está en ningún grupo ahora: admítalo en uno editando sus datos, o dele de alta.</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>The member is not in a group to move from.</source>
        <translation>El miembro no está en ningún grupo desde el cual trasladarlo.</translation>
    </message>
    <message>
        <source>Choose the group to move to.</source>
        <translation>Elija el grupo al que se traslada.</translation>
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
    <name>NoteFormatsDialog</name>
    <message>
        <source>Note formats</source>
        <translation>Formatos de nota</translation>
    </message>
    <message>
        <source>Each group writes its notes in one format. The built-in formats cannot change; add your own when your county or payer asks for another (for example SIRP).</source>
        <translation>Cada grupo escribe sus notas en un formato. Los formatos incluidos no se pueden cambiar; añada el suyo cuando su condado o pagador pida otro (por ejemplo, SIRP).</translation>
    </message>
    <message>
        <source>Sections of the chosen format</source>
        <translation>Secciones del formato elegido</translation>
    </message>
    <message>
        <source>About the chosen format</source>
        <translation>Sobre el formato elegido</translation>
    </message>
    <message>
        <source>&amp;Add format…</source>
        <translation>&amp;Añadir formato…</translation>
    </message>
    <message>
        <source>Add format</source>
        <translation>Añadir formato</translation>
    </message>
    <message>
        <source>Define a new note format: its name and sections</source>
        <translation>Definir un formato de nota nuevo: su nombre y sus secciones</translation>
    </message>
    <message>
        <source>&amp;Delete format</source>
        <translation>&amp;Eliminar formato</translation>
    </message>
    <message>
        <source>Delete format</source>
        <translation>Eliminar formato</translation>
    </message>
    <message>
        <source>Only a clinic format that nothing uses</source>
        <translation>Solo un formato de la clínica que nada usa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>this clinic&apos;s</source>
        <translation>de esta clínica</translation>
    </message>
    <message>
        <source>{key} ({kind})</source>
        <translation>{key} ({kind})</translation>
    </message>
    <message>
        <source>(may be written once for everyone present)</source>
        <translation>(puede escribirse una vez para todos los presentes)</translation>
    </message>
    <message>
        <source>Built in: it cannot be changed or deleted.</source>
        <translation>Incluido: no se puede cambiar ni eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n note(s): it stays as it is, so signed notes never change.</source>
        <translation>
            <numerusform>Lo usa %n nota: queda como está, para que las notas firmadas nunca cambien.</numerusform>
            <numerusform>Lo usan %n notas: queda como está, para que las notas firmadas nunca cambien.</numerusform>
        </translation>
    </message>
    <message>
        <source>A group or session uses it, so it cannot be deleted.</source>
        <translation>Lo usa un grupo o una sesión, así que no se puede eliminar.</translation>
    </message>
    <message>
        <source>It is the default format for new groups, so it cannot be deleted.</source>
        <translation>Es el formato predeterminado de los grupos nuevos, así que no se puede eliminar.</translation>
    </message>
    <message>
        <source>Not used yet: it can still be deleted.</source>
        <translation>Aún no se usa: todavía se puede eliminar.</translation>
    </message>
    <message>
        <source>It is the default format for new groups.</source>
        <translation>Es el formato predeterminado de los grupos nuevos.</translation>
    </message>
    <message>
        <source>Delete the note format {key}? No note uses it.</source>
        <translation>¿Eliminar el formato de nota {key}? Ninguna nota lo usa.</translation>
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
        <source>How many notes were found, and in what order</source>
        <translation>Cuántas notas se encontraron y en qué orden</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show more notes found</source>
        <translation>Mostrar más notas encontradas</translation>
    </message>
    <message>
        <source>List the next notes that match these words</source>
        <translation>Listar las siguientes notas que coinciden con estas palabras</translation>
    </message>
    <message>
        <source>No notes found.</source>
        <translation>No se encontraron notas.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest of %Ln matching notes first.</source>
        <translation>
            <numerusform>Se muestra primero la más reciente de %Ln nota que coincide.</numerusform>
            <numerusform>Se muestran primero las más recientes de %Ln notas que coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many to sort by best match: add a word to narrow the search.</source>
        <translation>Demasiadas para ordenar por relevancia: añada una palabra para acotar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) found, best matches first. Showing the first {shown}.</source>
        <translation>
            <numerusform>%Ln nota encontrada, las más relevantes primero. Se muestran las primeras {shown}.</numerusform>
            <numerusform>%Ln notas encontradas, las más relevantes primero. Se muestran las primeras {shown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) found, best matches first.</source>
        <translation>
            <numerusform>%Ln nota encontrada, las más relevantes primero.</numerusform>
            <numerusform>%Ln notas encontradas, las más relevantes primero.</numerusform>
        </translation>
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
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Next member&apos;s note</source>
        <translation>Nota del siguiente miembro</translation>
    </message>
    <message>
        <source>Previous member&apos;s note</source>
        <translation>Nota del miembro anterior</translation>
    </message>
    <message>
        <source>Sign this note</source>
        <translation>Firmar esta nota</translation>
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
    <name>ProgramSettings</name>
    <message>
        <source>Program settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Save the changed program settings</source>
        <translation>Guardar los cambios de la configuración del programa</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Put back the saved values</source>
        <translation>Volver a los valores guardados</translation>
    </message>
    <message>
        <source>Note &amp;formats…</source>
        <translation>&amp;Formatos de nota…</translation>
    </message>
    <message>
        <source>Note formats</source>
        <translation>Formatos de nota</translation>
    </message>
    <message>
        <source>See the built-in note formats and add your clinic&apos;s own</source>
        <translation>Ver los formatos de nota incluidos y añadir los de su clínica</translation>
    </message>
    <message>
        <source>Program settings message</source>
        <translation>Mensaje de la configuración del programa</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Sepárelos con comas</translation>
    </message>
    <message>
        <source>Empty: inside the data folder</source>
        <translation>Vacío: dentro de la carpeta de datos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>Elegir {label}</translation>
    </message>
    <message>
        <source>Changes undone: the saved settings are shown.</source>
        <translation>Cambios deshechos: se muestra la configuración guardada.</translation>
    </message>
    <message>
        <source>Nothing was saved: please check {label} above.</source>
        <translation>No se guardó nada: revise {label} más arriba.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>No se guardó nada: {reason}</translation>
    </message>
    <message>
        <source>Settings saved. {what}: the change takes effect the next time the app opens.</source>
        <translation>Configuración guardada. {what}: el cambio se aplica la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The report could not be saved in that folder.</source>
        <translation>No se pudo guardar el informe en esa carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to (for example Documents).</source>
        <translation>Elija una carpeta en la que pueda escribir (por ejemplo, Documentos).</translation>
    </message>
    <message>
        <source>The report could not be saved (the disk may be full or the file open elsewhere).</source>
        <translation>No se pudo guardar el informe (puede que el disco esté lleno o que el archivo esté abierto en otro programa).</translation>
    </message>
    <message>
        <source>Close the file if it is open, free some space, and try again.</source>
        <translation>Cierre el archivo si está abierto, libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{clinic} - internal report</source>
        <translation>{clinic} - informe interno</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Attendance by week</source>
        <translation>Asistencia por semana</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Average h</source>
        <translation>Promedio h</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Discharges by reason</source>
        <translation>Altas por motivo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Had it</source>
        <translation>Lo tuvieron</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Horas asistidas</translation>
    </message>
    <message>
        <source>Hours per member</source>
        <translation>Horas por miembro</translation>
    </message>
    <message>
        <source>Lowest h</source>
        <translation>Mínimo h</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members below target (full weeks enrolled)</source>
        <translation>Miembros por debajo del objetivo (semanas completas inscritos)</translation>
    </message>
    <message>
        <source>No safety flags in this range.</source>
        <translation>No hay alertas de seguridad en este periodo.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Program report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Safety flags</source>
        <translation>Alertas de seguridad</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesiones realizadas</translation>
    </message>
    <message>
        <source>Target h</source>
        <translation>Objetivo h</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic coverage of the current roster</source>
        <translation>Cobertura de temas del grupo actual</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Unsigned notes by facilitator (now)</source>
        <translation>Notas sin firmar por facilitador (ahora)</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Weeks below</source>
        <translation>Semanas por debajo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Nobody was below target in a full week.</source>
        <translation>Nadie estuvo por debajo del objetivo en una semana completa.</translation>
    </message>
    <message>
        <source>No discharges in this range.</source>
        <translation>No hay altas en este periodo.</translation>
    </message>
    <message>
        <source>All notes are signed.</source>
        <translation>Todas las notas están firmadas.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Week of {day}: {attended} of {marked} attended</source>
        <translation>Semana del {day}: asistieron {attended} de {marked}</translation>
    </message>
    <message>
        <source>Attendance rate by week</source>
        <translation>Tasa de asistencia por semana</translation>
    </message>
    <message>
        <source>Average hours per member by week</source>
        <translation>Promedio de horas por miembro por semana</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Week of {day}: {hours} h per member ({members} members)</source>
        <translation>Semana del {day}: {hours} h por miembro ({members} miembros)</translation>
    </message>
    <message>
        <source>{hours} h target</source>
        <translation>Meta de {hours} h</translation>
    </message>
    <message>
        <source>Attendance rate by week, all groups</source>
        <translation>Tasa de asistencia por semana, todos los grupos</translation>
    </message>
    <message>
        <source>Hours attended by group</source>
        <translation>Horas de asistencia por grupo</translation>
    </message>
    <message>
        <source>{group}: {hours} h in {sessions} sessions</source>
        <translation>{group}: {hours} h en {sessions} sesiones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report from date</source>
        <translation>Fecha inicial del informe</translation>
    </message>
    <message>
        <source>Report to date</source>
        <translation>Fecha final del informe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostrar el informe</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>Export PDF...</source>
        <translation>Exportar PDF...</translation>
    </message>
    <message>
        <source>Export the report as PDF with charts</source>
        <translation>Exportar el informe como PDF con gráficas</translation>
    </message>
    <message>
        <source>Report message</source>
        <translation>Mensaje del informe</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Program report (all groups)</source>
        <translation>Informe del programa (todos los grupos)</translation>
    </message>
    <message>
        <source>Group report: {group}</source>
        <translation>Informe del grupo: {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;, {subtitle}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, {subtitle}</translation>
    </message>
    <message>
        <source>{title}, {subtitle}</source>
        <translation>{title}, {subtitle}</translation>
    </message>
    <message>
        <source>Report figures in words</source>
        <translation>Cifras del informe en palabras</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>P present, L late, E left early, X absent excused, U absent unexcused, T telehealth</source>
        <translation>P presente, L tarde, E salió temprano, X ausente justificado, U ausente injustificado, T telesalud</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
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
    <name>SecuritySettings</name>
    <message>
        <source>Security and privacy</source>
        <translation>Seguridad y privacidad</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Include date of birth on exported notes</source>
        <translation>Incluir la fecha de nacimiento en las notas exportadas</translation>
    </message>
    <message>
        <source>Include date of birth on exports</source>
        <translation>Incluir la fecha de nacimiento al exportar</translation>
    </message>
    <message>
        <source>Off by default: exports carry the minimum necessary.</source>
        <translation>Desactivado de forma predeterminada: las exportaciones llevan solo lo mínimo necesario.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save security settings</source>
        <translation>Guardar la configuración de seguridad</translation>
    </message>
    <message>
        <source>Facilitator profiles…</source>
        <translation>Perfiles de facilitador…</translation>
    </message>
    <message>
        <source>Facilitator profiles</source>
        <translation>Perfiles de facilitador</translation>
    </message>
    <message>
        <source>Switch facilitator…</source>
        <translation>Cambiar de facilitador…</translation>
    </message>
    <message>
        <source>Switch facilitator</source>
        <translation>Cambiar de facilitador</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Lock now at any time with {shortcut}.</source>
        <translation>Bloquee en cualquier momento con {shortcut}.</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Exports:</source>
        <translation>Exportaciones:</translation>
    </message>
    <message>
        <source>Manage:</source>
        <translation>Administrar:</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
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
        <source>End the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Next agenda segment</source>
        <translation>Siguiente segmento de la agenda</translation>
    </message>
    <message>
        <source>Previous agenda segment</source>
        <translation>Segmento anterior de la agenda</translation>
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
    <name>SettingSpec</name>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>Default note format</source>
        <translation>Formato de nota predeterminado</translation>
    </message>
    <message>
        <source>The format new groups start with; each group can choose its own.</source>
        <translation>El formato con el que empiezan los grupos nuevos; cada grupo puede elegir el suyo.</translation>
    </message>
    <message>
        <source>Billing codes</source>
        <translation>Códigos de facturación</translation>
    </message>
    <message>
        <source>The codes offered for a group, separated by commas.</source>
        <translation>Los códigos que se ofrecen para un grupo, separados por comas.</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>An existing folder the app can write to. Empty: backups stay in the data folder.</source>
        <translation>Una carpeta existente en la que la aplicación pueda escribir. Vacío: las copias quedan en la carpeta de datos.</translation>
    </message>
    <message>
        <source>42 CFR Part 2 notice on exports</source>
        <translation>Aviso de 42 CFR Parte 2 en las exportaciones</translation>
    </message>
    <message>
        <source>Safety protocol</source>
        <translation>Protocolo de seguridad</translation>
    </message>
    <message>
        <source>Shown when a member is flagged at risk during a session.</source>
        <translation>Se muestra cuando se marca a un miembro en riesgo durante una sesión.</translation>
    </message>
    <message>
        <source>Notes due within (hours)</source>
        <translation>Plazo para las notas (horas)</translation>
    </message>
    <message>
        <source>Warn above this group size</source>
        <translation>Avisar por encima de este tamaño de grupo</translation>
    </message>
    <message>
        <source>Include date of birth on exports</source>
        <translation>Incluir la fecha de nacimiento en las exportaciones</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Colours of the app; high contrast is easiest to read in a bright room.</source>
        <translation>Colores de la aplicación; el alto contraste es el más fácil de leer en una sala muy iluminada.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>On: the database file is encrypted (SQLCipher)</source>
        <translation>Activado: el archivo de la base de datos está cifrado (SQLCipher)</translation>
    </message>
    <message>
        <source>Off (benchmark mode)</source>
        <translation>Desactivado (modo de pruebas de rendimiento)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shortcuts work on the screen they are listed under.</source>
        <translation>Los atajos funcionan en la pantalla bajo la que aparecen.</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Type words or keys to narrow the list</source>
        <translation>Escriba palabras o teclas para acotar la lista</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Shortcuts grouped by screen</source>
        <translation>Atajos agrupados por pantalla</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>&amp;Atajos de teclado...</translation>
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
        <source>PIN or passphrase:</source>
        <translation>PIN o frase de contraseña:</translation>
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
    <name>StartupWork</name>
    <message>
        <source>Start-up check</source>
        <translation>Revisión de inicio</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Revisando la base de datos…</translation>
    </message>
    <message>
        <source>The daily safety check runs in the background; you can keep working.</source>
        <translation>La revisión diaria de seguridad se ejecuta en segundo plano; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>The clinic&apos;s database is damaged, so nothing more is saved into it.</source>
        <translation>La base de datos de la clínica está dañada, así que no se guarda nada más en ella.</translation>
    </message>
    <message>
        <source>Restore the newest good backup; what you type now stays on screen.</source>
        <translation>Restaure la copia de seguridad válida más reciente; lo que escriba ahora se queda en pantalla.</translation>
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
        <source>Refresh today&apos;s lists</source>
        <translation>Actualizar las listas de hoy</translation>
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
    <name>TopicEditorDialog</name>
    <message>
        <source>New clinic topic</source>
        <translation>Tema nuevo de la clínica</translation>
    </message>
    <message>
        <source>Edit topic: {title}</source>
        <translation>Editar tema: {title}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; it never changes after saving.</source>
        <translation>Letras minúsculas, dígitos y guiones; no cambia nunca después de guardar.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Group model</source>
        <translation>Modelo de grupo</translation>
    </message>
    <message>
        <source>Session length in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutos</translation>
    </message>
    <message>
        <source>Phase: {phase}</source>
        <translation>Fase: {phase}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>Group &amp;model:</source>
        <translation>&amp;Modelo de grupo:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fases:</translation>
    </message>
    <message>
        <source>Agenda segments</source>
        <translation>Segmentos de la agenda</translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation>Total de la agenda</translation>
    </message>
    <message>
        <source>&amp;Add segment</source>
        <translation>&amp;Agregar segmento</translation>
    </message>
    <message>
        <source>&amp;Remove segment</source>
        <translation>&amp;Quitar segmento</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Preguntas para la conversación</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>What the group does, step by step</source>
        <translation>Lo que hace el grupo, paso a paso</translation>
    </message>
    <message>
        <source>Facilitator tips</source>
        <translation>Consejos para el facilitador</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Handout (Markdown)</source>
        <translation>Material (Markdown)</translation>
    </message>
    <message>
        <source># Title

Short sections, bullet lists, blanks: ____</source>
        <translation># Título

Secciones cortas, listas con viñetas, espacios en blanco: ____</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Acti&amp;vidad:</translation>
    </message>
    <message>
        <source>T&amp;ips:</source>
        <translation>Co&amp;nsejos:</translation>
    </message>
    <message>
        <source>Sour&amp;ces:</source>
        <translation>&amp;Fuentes:</translation>
    </message>
    <message>
        <source>Topic parts</source>
        <translation>Partes del tema</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Objectives, prompts, activity</source>
        <translation>Objetivos, preguntas, actividad</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Save topic</source>
        <translation>Guardar tema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Agenda: {total} of {length} minutes. Adds up.</source>
        <translation>Agenda: {total} de {length} minutos. Cuadra.</translation>
    </message>
    <message>
        <source>Agenda: {total} of {length} minutes. Add {gap}.</source>
        <translation>Agenda: {total} de {length} minutos. Faltan {gap}.</translation>
    </message>
    <message>
        <source>Agenda: {total} of {length} minutes. {gap} too many.</source>
        <translation>Agenda: {total} de {length} minutos. Sobran {gap}.</translation>
    </message>
</context>
<context>
    <name>TopicModels</name>
    <message>
        <source>Clinic, retired</source>
        <translation>Clínica, retirado</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Built-in, retired</source>
        <translation>Incluido, retirado</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>{title} ({key}, version {version})</source>
        <translation>{title} ({key}, versión {version})</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Segmento nuevo</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>There is no way to open the data without the passphrase: it is never stored, so nobody, not even IT, can recover it. If it is lost, restore the clinic&apos;s backup using the passphrase that was in use when that backup was made.</source>
        <translation>No hay forma de abrir los datos sin la frase de contraseña: nunca se guarda, así que nadie, ni siquiera el departamento de TI, puede recuperarla. Si se pierde, restaure la copia de seguridad de la clínica con la frase de contraseña que se usaba cuando se hizo esa copia.</translation>
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
        <source>Lock the window now</source>
        <translation>Bloquear la ventana ahora</translation>
    </message>
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
