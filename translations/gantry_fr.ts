<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>gantry::BranchCheckCommand</name>
    <message>
        <source>The branch name to check; the checked-out branch when left out.</source>
        <translation>Le nom de la branche à vérifier ; la branche extraite s’il est omis.</translation>
    </message>
    <message>
        <source>only one branch name may be given</source>
        <translation>un seul nom de branche peut être fourni</translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation>impossible de se placer dans « %1 »</translation>
    </message>
    <message>
        <source>not in a repository: give the branch name to check</source>
        <translation>pas dans un dépôt : indiquez le nom de la branche à vérifier</translation>
    </message>
    <message>
        <source>HEAD is detached: give the branch name to check</source>
        <translation>HEAD est détachée : indiquez le nom de la branche à vérifier</translation>
    </message>
    <message>
        <source>%1 fits %2</source>
        <translation>%1 respecte %2</translation>
    </message>
</context>
<context>
    <name>gantry::BranchPolicy</name>
    <message>
        <source>A new feature</source>
        <translation>Une nouvelle fonctionnalité</translation>
    </message>
    <message>
        <source>A bug fix</source>
        <translation>Une correction de bogue</translation>
    </message>
    <message>
        <source>Maintenance: build, dependencies, tooling</source>
        <translation>Maintenance : compilation, dépendances, outillage</translation>
    </message>
    <message>
        <source>An urgent fix of what is released</source>
        <translation>Une correction urgente de ce qui est publié</translation>
    </message>
    <message>
        <source>Preparing a release</source>
        <translation>La préparation d’une version</translation>
    </message>
    <message>
        <source>cannot read the branch policy: %1 (using the defaults)</source>
        <translation>impossible de lire la politique de branches : %1 (les valeurs par défaut sont utilisées)</translation>
    </message>
    <message>
        <source>invalid YAML: %1 (using the default branch policy)</source>
        <translation>YAML invalide : %1 (la politique de branches par défaut est utilisée)</translation>
    </message>
    <message>
        <source>the file must be a mapping of sections such as &quot;branches:&quot; (using the default branch policy)</source>
        <translation>le fichier doit être un dictionnaire de sections telles que « branches: » (la politique de branches par défaut est utilisée)</translation>
    </message>
    <message>
        <source>&quot;branches&quot; must be a mapping with allowed, types, format (using the default branch policy)</source>
        <translation>« branches » doit être un dictionnaire avec allowed, types, format (la politique de branches par défaut est utilisée)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of branch names or patterns</source>
        <translation>« %1 » doit être une liste de noms ou de motifs de branches</translation>
    </message>
    <message>
        <source>&quot;allowed&quot; is empty (using the default patterns)</source>
        <translation>« allowed » est vide (les motifs par défaut sont utilisés)</translation>
    </message>
    <message>
        <source>&quot;types&quot; must map each type to its base and description (using the default types)</source>
        <translation>« types » doit associer à chaque type sa base et sa description (les types par défaut sont utilisés)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start a branch name</source>
        <translation>« %1 » ne peut pas commencer un nom de branche</translation>
    </message>
    <message>
        <source>&quot;description&quot; must be text</source>
        <translation>« description » doit être du texte</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (a type has base and description)</source>
        <translation>clé « %1 » inconnue (un type a base et description)</translation>
    </message>
    <message>
        <source>type &apos;%1&apos; must be a mapping with base and description</source>
        <translation>le type « %1 » doit être un dictionnaire avec base et description</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be text containing {slug}, such as &quot;%1&quot; (using the default)</source>
        <translation>« format » doit être un texte contenant {slug}, tel que « %1 » (la valeur par défaut est utilisée)</translation>
    </message>
    <message>
        <source>&quot;slug-max-length&quot; must be a number from 8 to 200</source>
        <translation>« slug-max-length » doit être un nombre de 8 à 200</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;branches&quot; (known: %2)</source>
        <translation>clé « %1 » inconnue dans « branches » (clés connues : %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match any of: %2</source>
        <translation>« %1 » ne correspond à aucun de : %2</translation>
    </message>
    <message>
        <source> (names are case-sensitive: &apos;%1&apos; would fit)</source>
        <translation> (les noms sont sensibles à la casse : « %1 » conviendrait)</translation>
    </message>
</context>
<context>
    <name>gantry::Branches</name>
    <message>
        <source>cannot list branches</source>
        <translation>impossible de lister les branches</translation>
    </message>
    <message>
        <source>A branch name cannot be empty.</source>
        <translation>Le nom d’une branche ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name.</source>
        <translation>« %1 » n’est pas un nom de branche valide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name: %2.</source>
        <translation>« %1 » n’est pas un nom de branche valide : %2.</translation>
    </message>
    <message>
        <source>A branch named &apos;%1&apos; already exists.</source>
        <translation>Une branche nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Cannot force-update the checked-out branch &apos;%1&apos;.</source>
        <translation>Impossible de forcer la mise à jour de la branche actuellement extraite « %1 ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation>« %1 » n’est pas un commit</translation>
    </message>
    <message>
        <source>cannot create branch &apos;%1&apos;</source>
        <translation>impossible de créer la branche « %1 »</translation>
    </message>
    <message>
        <source>cannot set the upstream of &apos;%1&apos;</source>
        <translation>impossible de définir la branche amont de « %1 »</translation>
    </message>
    <message>
        <source>Cannot overwrite the checked-out branch &apos;%1&apos;.</source>
        <translation>Impossible d’écraser la branche actuellement extraite « %1 ».</translation>
    </message>
    <message>
        <source>cannot rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>impossible de renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>cannot compare commits</source>
        <translation>impossible de comparer les commits</translation>
    </message>
    <message>
        <source>Cannot delete the branch &apos;%1&apos;: it is checked out.</source>
        <translation>Impossible de supprimer la branche « %1 » : elle est extraite.</translation>
    </message>
    <message>
        <source>Cannot delete the branch &apos;%1&apos;: it is checked out in another worktree.</source>
        <translation>Impossible de supprimer la branche « %1 » : elle est extraite dans un autre arbre de travail.</translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; is not fully merged: deleting it would lose commits that are on no other branch. Delete it anyway only if you are sure.</source>
        <translation>La branche « %1 » n’est pas entièrement fusionnée : la supprimer ferait perdre des commits qui ne sont sur aucune autre branche. Ne la supprimez que si vous en êtes sûr.</translation>
    </message>
    <message>
        <source>cannot delete branch &apos;%1&apos;</source>
        <translation>impossible de supprimer la branche « %1 »</translation>
    </message>
    <message>
        <source>Nothing to restore for branch &apos;%1&apos;.</source>
        <translation>Rien à restaurer pour la branche « %1 ».</translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; has no upstream.</source>
        <translation>La branche « %1 » n’a pas de branche amont.</translation>
    </message>
    <message>
        <source>cannot unset the upstream of &apos;%1&apos;</source>
        <translation>impossible de supprimer la branche amont de « %1 »</translation>
    </message>
    <message>
        <source>There is no branch named &apos;%1&apos; to track.</source>
        <translation>Il n’existe pas de branche nommée « %1 » à suivre.</translation>
    </message>
    <message>
        <source>cannot set the upstream of &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>impossible de définir « %2 » comme branche amont de « %1 »</translation>
    </message>
    <message>
        <source>There is no branch named &apos;%1&apos;</source>
        <translation>Il n’existe pas de branche nommée « %1 »</translation>
    </message>
    <message>
        <source>cannot read branch &apos;%1&apos;</source>
        <translation>impossible de lire la branche « %1 »</translation>
    </message>
    <message>
        <source>cannot read the upstream of &apos;%1&apos;</source>
        <translation>impossible de lire la branche amont de « %1 »</translation>
    </message>
    <message>
        <source>cannot read the upstream remote of &apos;%1&apos;</source>
        <translation>impossible de lire le dépôt distant amont de « %1 »</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>impossible de lire « %1 »</translation>
    </message>
    <message>
        <source>cannot compare &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>impossible de comparer « %1 » avec « %2 »</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>it cannot start with &apos;-&apos;</source>
        <translation>il ne peut pas commencer par « - »</translation>
    </message>
    <message>
        <source>it cannot contain &apos;..&apos;</source>
        <translation>il ne peut pas contenir « .. »</translation>
    </message>
    <message>
        <source>it cannot contain &apos;@{&apos;</source>
        <translation>il ne peut pas contenir « @{ »</translation>
    </message>
    <message>
        <source>it cannot contain spaces</source>
        <translation>il ne peut pas contenir d’espaces</translation>
    </message>
    <message>
        <source>it cannot contain control characters</source>
        <translation>il ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>it cannot contain &apos;%1&apos;</source>
        <translation>il ne peut pas contenir « %1 »</translation>
    </message>
    <message>
        <source>it cannot start or end with &apos;/&apos; or contain &apos;//&apos;</source>
        <translation>il ne peut pas commencer ou finir par « / » ni contenir « // »</translation>
    </message>
    <message>
        <source>it cannot end with &apos;.&apos;</source>
        <translation>il ne peut pas finir par « . »</translation>
    </message>
    <message>
        <source>no part of it can end with &apos;.lock&apos;</source>
        <translation>aucune de ses parties ne peut finir par « .lock »</translation>
    </message>
    <message>
        <source>no part of it can start with &apos;.&apos;</source>
        <translation>aucune de ses parties ne peut commencer par « . »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is reserved</source>
        <translation>« %1 » est réservé</translation>
    </message>
</context>
<context>
    <name>gantry::ChangelogCommand</name>
    <message>
        <source>Start after &lt;rev&gt; (default: the last version tag).</source>
        <translation>Commencer après &lt;rev&gt; (par défaut : la dernière étiquette de version).</translation>
    </message>
    <message>
        <source>End at &lt;rev&gt; (default: HEAD).</source>
        <translation>Terminer à &lt;rev&gt; (par défaut : HEAD).</translation>
    </message>
    <message>
        <source>The heading&apos;s version (default: the next version).</source>
        <translation>La version du titre (par défaut : la prochaine version).</translation>
    </message>
    <message>
        <source>The heading&apos;s date, YYYY-MM-DD (default: today).</source>
        <translation>La date du titre, AAAA-MM-JJ (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation>impossible de se placer dans « %1 »</translation>
    </message>
    <message>
        <source>the repository has no commits yet</source>
        <translation>le dépôt ne contient encore aucun commit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>« %1 » n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>gantry::Checkout</name>
    <message numerus="yes">
        <source>Your changes were re-applied with conflicts in %n file(s); resolve them. The stash is kept as stash@{0}.</source>
        <translation>
            <numerusform>Vos modifications ont été réappliquées avec des conflits dans %n fichier ; résolvez-les. La remise est conservée dans stash@{0}.</numerusform>
            <numerusform>Vos modifications ont été réappliquées avec des conflits dans %n fichiers ; résolvez-les. La remise est conservée dans stash@{0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gantry: carrying changes to &apos;%1&apos;</source>
        <translation>Gantry : report des modifications vers « %1 »</translation>
    </message>
    <message>
        <source>Your changes are kept in stash@{0}.</source>
        <translation>Vos modifications sont conservées dans stash@{0}.</translation>
    </message>
    <message>
        <source>Your changes could not be re-applied (%1); they are kept in stash@{0}.</source>
        <translation>Vos modifications n’ont pas pu être réappliquées (%1) ; elles sont conservées dans stash@{0}.</translation>
    </message>
    <message>
        <source>Your local changes were carried over.</source>
        <translation>Vos modifications locales ont été reportées.</translation>
    </message>
    <message>
        <source>cannot check out %1</source>
        <translation>impossible de basculer sur %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation>« %1 » n’est pas un commit</translation>
    </message>
    <message>
        <source>A local branch &apos;%1&apos; already exists and does not track &apos;%2&apos;. Check out &apos;%1&apos;, or create a branch with another name from &apos;%2&apos;.</source>
        <translation>Une branche locale « %1 » existe déjà et ne suit pas « %2 ». Basculez sur « %1 », ou créez à partir de « %2 » une branche portant un autre nom.</translation>
    </message>
    <message>
        <source>A bare repository has no work tree to check out into.</source>
        <translation>Un dépôt nu n’a pas d’arbre de travail dans lequel extraire.</translation>
    </message>
    <message>
        <source>Resolve the conflicts in the working tree (or abort the operation in progress) before switching.</source>
        <translation>Résolvez les conflits dans l’arbre de travail (ou abandonnez l’opération en cours) avant de basculer.</translation>
    </message>
    <message>
        <source>No branch to switch to.</source>
        <translation>Aucune branche sur laquelle basculer.</translation>
    </message>
    <message>
        <source>cannot list remotes</source>
        <translation>impossible de lister les dépôts distants</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches more than one remote-tracking branch (%2); choose one of them.</source>
        <translation>« %1 » correspond à plusieurs branches de suivi distantes (%2) ; choisissez-en une.</translation>
    </message>
    <message>
        <source>There is no branch named &apos;%1&apos;.</source>
        <translation>Il n’existe pas de branche nommée « %1 ».</translation>
    </message>
    <message>
        <source>Your local changes to the following files would be overwritten by checkout:
%1
Commit or stash them before you switch branches.</source>
        <translation>Vos modifications locales aux fichiers suivants seraient écrasées par l’extraction :
%1
Validez-les ou remisez-les avant de basculer de branche.</translation>
    </message>
    <message>
        <source>The following untracked working tree files would be overwritten by checkout:
%1
Move or remove them before you switch branches.</source>
        <translation>Les fichiers non suivis suivants de l’arbre de travail seraient écrasés par l’extraction :
%1
Déplacez-les ou supprimez-les avant de basculer de branche.</translation>
    </message>
    <message>
        <source>Already on &apos;%1&apos;.</source>
        <translation>Déjà sur « %1 ».</translation>
    </message>
    <message>
        <source>cannot switch HEAD to &apos;%1&apos;</source>
        <translation>impossible de faire pointer HEAD sur « %1 »</translation>
    </message>
    <message>
        <source>Switched to branch &apos;%1&apos;.</source>
        <translation>Basculement sur la branche « %1 ».</translation>
    </message>
    <message>
        <source>Switched to a new branch &apos;%1&apos; tracking &apos;%2&apos;.</source>
        <translation>Basculement sur la nouvelle branche « %1 » qui suit « %2 ».</translation>
    </message>
    <message>
        <source>cannot detach HEAD at &apos;%1&apos;</source>
        <translation>impossible de détacher HEAD sur « %1 »</translation>
    </message>
    <message>
        <source>HEAD is now detached at %1.</source>
        <translation>HEAD est maintenant détachée sur %1.</translation>
    </message>
</context>
<context>
    <name>gantry::CiConfig</name>
    <message>
        <source>gitlab: max-includes must be a whole number from 1 to %1; GitLab&apos;s default %2 is used</source>
        <translation>gitlab: max-includes doit être un nombre entier de 1 à %1 ; la valeur par défaut de GitLab, %2, est utilisée</translation>
    </message>
</context>
<context>
    <name>gantry::CloneController</name>
    <message>
        <source>Clone Repository</source>
        <translation>Cloner un dépôt</translation>
    </message>
    <message>
        <source>Cloning %1…</source>
        <translation>Clonage de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resolving deltas %1/%2</source>
        <translation>Résolution des deltas %1/%2</translation>
    </message>
    <message>
        <source>Receiving objects %1/%2</source>
        <translation>Réception des objets %1/%2</translation>
    </message>
    <message>
        <source>Clone cancelled: nothing was kept.</source>
        <translation>Clonage annulé : rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Could not clone %1:

%2</source>
        <translation>Impossible de cloner %1 :

%2</translation>
    </message>
</context>
<context>
    <name>gantry::CloneDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Clone Repository</source>
        <translation>Cloner un dépôt</translation>
    </message>
    <message>
        <source>https://example.com/team/project.git or git@example.com:team/project.git</source>
        <translation>https://example.com/team/project.git ou git@example.com:team/project.git</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;In folder:</source>
        <translation>&amp;Dans le dossier :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation>Cloner dans</translation>
    </message>
    <message>
        <source>Clones into %1</source>
        <translation>Clonage dans %1</translation>
    </message>
</context>
<context>
    <name>gantry::CommandLine</name>
    <message>
        <source>Show the history (--graph, --all, --format as git log).</source>
        <translation>Afficher l’historique (--graph, --all, --format comme git log).</translation>
    </message>
    <message>
        <source>Record the staged changes as a new commit (-m, --amend, -s).</source>
        <translation>Enregistrer les modifications indexées dans un nouveau commit (-m, --amend, -s).</translation>
    </message>
    <message>
        <source>Stage files, or only their changed lines (FILE:A-B).</source>
        <translation>Indexer des fichiers, ou seulement leurs lignes modifiées (FICHIER:A-B).</translation>
    </message>
    <message>
        <source>Show the working tree status (--porcelain for git&apos;s format).</source>
        <translation>Afficher l’état de la copie de travail (--porcelain pour le format de git).</translation>
    </message>
    <message>
        <source>Unstage files, or only their staged lines (FILE:A-B).</source>
        <translation>Désindexer des fichiers, ou seulement leurs lignes indexées (FICHIER:A-B).</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run as if started in &lt;dir&gt;.</source>
        <translation>S’exécuter comme si gantry était lancé dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Lint a commit message like commitlint (config-conventional).</source>
        <translation>Vérifier un message de commit comme commitlint (config-conventional).</translation>
    </message>
    <message>
        <source>Install the commit-msg hook that runs commit-lint (hooks install).</source>
        <translation>Installer le crochet commit-msg qui exécute commit-lint (hooks install).</translation>
    </message>
    <message>
        <source>Check a branch name against the branch policy (.gantry/conventions.yml).</source>
        <translation>Vérifier un nom de branche par rapport à la politique de branches (.gantry/conventions.yml).</translation>
    </message>
    <message>
        <source>Print the Markdown changelog of --from..--to (conventional-changelog).</source>
        <translation>Afficher le journal des modifications Markdown de --from..--to (conventional-changelog).</translation>
    </message>
    <message>
        <source>Print the next semantic version from the commits (--pre ID; 3: nothing to release).</source>
        <translation>Afficher la prochaine version sémantique d’après les commits (--pre ID ; 3 : rien à publier).</translation>
    </message>
    <message>
        <source>Fetch a remote&apos;s branches and tags like git fetch (--prune).</source>
        <translation>Récupérer les branches et les étiquettes d’un dépôt distant comme git fetch (--prune).</translation>
    </message>
    <message>
        <source>Merge a revision into the current branch (fast-forward only unless --allow-merge-commit).</source>
        <translation>Fusionner une révision dans la branche actuelle (avance rapide uniquement sauf avec --allow-merge-commit).</translation>
    </message>
    <message>
        <source>Push a branch (--set-upstream, --force-with-lease; guarded protected branches).</source>
        <translation>Pousser une branche (--set-upstream, --force-with-lease ; branches protégées surveillées).</translation>
    </message>
    <message>
        <source>Replay the current branch onto a revision (--continue, --abort, --allow-rewrite).</source>
        <translation>Rejouer la branche actuelle sur une révision (--continue, --abort, --allow-rewrite).</translation>
    </message>
    <message>
        <source>Move the current branch to a revision (--soft, --mixed, --hard, --allow-rewrite).</source>
        <translation>Déplacer la branche actuelle sur une révision (--soft, --mixed, --hard, --allow-rewrite).</translation>
    </message>
    <message>
        <source>Check, draw or edit a CI workflow (workflow check|graph|edit FILE).</source>
        <translation>Vérifier, dessiner ou modifier un workflow de CI (workflow check|graph|edit FILE).</translation>
    </message>
    <message>
        <source>Fetch the upstream and fast-forward to it (never a merge commit; 3: diverged).</source>
        <translation>Récupérer la branche amont et avancer rapidement jusqu’à elle (jamais de commit de fusion ; 3 : divergence).</translation>
    </message>
    <message>
        <source>Usage: gantry [-C &lt;dir&gt;] [-c &lt;name&gt;=&lt;value&gt;] [--no-pager] &lt;command&gt; [&lt;options&gt;]
       gantry [PATH]     open the repository at PATH (or containing it) in the GUI
       gantry --version | --help | help &lt;command&gt;

Commands:
</source>
        <translation>Usage : gantry [-C &lt;dossier&gt;] [-c &lt;nom&gt;=&lt;valeur&gt;] [--no-pager] &lt;commande&gt; [&lt;options&gt;]
        gantry [PATH]     ouvre le dépôt situé à PATH (ou qui le contient) dans l’interface graphique
        gantry --version | --help | help &lt;commande&gt;

Commandes :
</translation>
    </message>
    <message>
        <source>Options before the command (as in git):</source>
        <translation>Options avant la commande (comme dans git) :</translation>
    </message>
    <message>
        <source>Run as if started in &lt;dir&gt;; a relative one follows the -C before it.</source>
        <translation>Exécuter comme si gantry était lancé dans &lt;dossier&gt; ; un chemin relatif part du -C précédent.</translation>
    </message>
    <message>
        <source>Set a configuration value for this run only (never saved).</source>
        <translation>Définir une valeur de configuration pour cette exécution seulement (jamais enregistrée).</translation>
    </message>
    <message>
        <source>Accepted as in git; gantry never pages its output.</source>
        <translation>Accepté comme dans git ; gantry ne pagine jamais sa sortie.</translation>
    </message>
    <message>
        <source>See &apos;gantry help &lt;command&gt;&apos; (or &apos;gantry &lt;command&gt; --help&apos;) for a command&apos;s options.</source>
        <translation>Voir « gantry help &lt;commande&gt; » (ou « gantry &lt;commande&gt; --help ») pour les options d’une commande.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a gantry command. See &apos;gantry --help&apos;.</source>
        <translation>« %1 » n’est pas une commande gantry. Voir « gantry --help ».</translation>
    </message>
    <message>
        <source>The most similar command is</source>
        <translation>La commande la plus proche est</translation>
    </message>
    <message>
        <source>The most similar commands are</source>
        <translation>Les commandes les plus proches sont</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (before the command: -C, -c, --no-pager, --version, --help); see &apos;gantry --help&apos;</source>
        <translation>option inconnue « %1 » (avant la commande : -C, -c, --no-pager, --version, --help) ; voir « gantry --help »</translation>
    </message>
    <message>
        <source>no directory given for &apos;-C&apos;</source>
        <translation>aucun dossier donné pour « -C »</translation>
    </message>
    <message>
        <source>-c expects a configuration string: -c &lt;name&gt;=&lt;value&gt;</source>
        <translation>-c attend une valeur de configuration : -c &lt;nom&gt;=&lt;valeur&gt;</translation>
    </message>
    <message>
        <source>bad -c &apos;%1&apos;: %2</source>
        <translation>-c « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;: %2</source>
        <translation>impossible d’aller dans « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>gantry::CommandLineConfig</name>
    <message>
        <source>key does not contain a section: %1</source>
        <translation>la clé ne contient pas de section : %1</translation>
    </message>
    <message>
        <source>key does not contain a variable name: %1</source>
        <translation>la clé ne contient pas de nom de variable : %1</translation>
    </message>
    <message>
        <source>invalid key: %1</source>
        <translation>clé invalide : %1</translation>
    </message>
    <message>
        <source>the configuration given with -c is read-only</source>
        <translation>la configuration donnée avec -c est en lecture seule</translation>
    </message>
    <message>
        <source>bogus format in %1</source>
        <translation>format invalide dans %1</translation>
    </message>
</context>
<context>
    <name>gantry::CommitBox</name>
    <message>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <source>Keep the summary under %1 characters</source>
        <translation>Limitez le résumé à moins de %1 caractères</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters</source>
        <translation>Le résumé dépasse %1 caractères</translation>
    </message>
    <message>
        <source>Summary (required)</source>
        <translation>Résumé (obligatoire)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Replace the last commit instead of adding a new one</source>
        <translation>Remplacer le dernier commit au lieu d’en ajouter un nouveau</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Add a Signed-off-by trailer with your name and email</source>
        <translation>Ajouter une ligne Signed-off-by avec votre nom et votre adresse électronique</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Commit the staged changes (Ctrl+Enter)</source>
        <translation>Valider les modifications indexées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>No saved templates</source>
        <translation>Aucun modèle enregistré</translation>
    </message>
    <message>
        <source>Save Message as Template…</source>
        <translation>Enregistrer le message comme modèle…</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>The message breaks the commit conventions: fix the errors, or use Commit Anyway</source>
        <translation>Le message enfreint les conventions de commit : corrigez les erreurs, ou utilisez Valider quand même</translation>
    </message>
    <message>
        <source>Commit Anyway</source>
        <translation>Valider quand même</translation>
    </message>
    <message>
        <source>Commit although lint found errors in the message</source>
        <translation>Valider bien que la vérification ait trouvé des erreurs dans le message</translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation>Conventionnel</translation>
    </message>
    <message>
        <source>Compose a conventional commit: type, scope, subject, body, footers</source>
        <translation>Composer un commit conventionnel : type, portée, sujet, corps, pieds de page</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Write the message as plain text</source>
        <translation>Écrire le message en texte brut</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Start from a saved message, or save this one</source>
        <translation>Partir d’un message enregistré, ou enregistrer celui-ci</translation>
    </message>
    <message>
        <source>Add a subject to commit</source>
        <translation>Ajoutez un sujet pour valider</translation>
    </message>
</context>
<context>
    <name>gantry::CommitCommand</name>
    <message>
        <source>Use &lt;msg&gt; as the message; several -m become paragraphs.</source>
        <translation>Utiliser &lt;msg&gt; comme message ; plusieurs -m forment des paragraphes.</translation>
    </message>
    <message>
        <source>Take the message from &lt;file&gt; (- for standard input).</source>
        <translation>Lire le message depuis &lt;file&gt; (- pour l’entrée standard).</translation>
    </message>
    <message>
        <source>Replace the last commit.</source>
        <translation>Remplacer le dernier commit.</translation>
    </message>
    <message>
        <source>Add a Signed-off-by trailer.</source>
        <translation>Ajouter une ligne Signed-off-by.</translation>
    </message>
    <message>
        <source>Allow a commit that changes nothing.</source>
        <translation>Autoriser un commit qui ne change rien.</translation>
    </message>
    <message>
        <source>Allow an empty message.</source>
        <translation>Autoriser un message vide.</translation>
    </message>
    <message>
        <source>Skip the pre-commit and commit-msg hooks.</source>
        <translation>Ne pas exécuter les crochets pre-commit et commit-msg.</translation>
    </message>
    <message>
        <source>With --amend: make the committer the author, dated now.</source>
        <translation>Avec --amend : faire du validateur l’auteur, à la date actuelle.</translation>
    </message>
    <message>
        <source>Message cleanup: strip, whitespace, verbatim, scissors or default.</source>
        <translation>Nettoyage du message : strip, whitespace, verbatim, scissors ou default.</translation>
    </message>
    <message>
        <source>committing only some paths is not supported; stage them first (%1)</source>
        <translation>valider seulement certains chemins n’est pas pris en charge ; indexez-les d’abord (%1)</translation>
    </message>
    <message>
        <source>Invalid cleanup mode %1</source>
        <translation>Mode de nettoyage invalide %1</translation>
    </message>
    <message>
        <source>Option -m cannot be combined with -F.</source>
        <translation>L’option -m ne peut pas être combinée avec -F.</translation>
    </message>
    <message>
        <source>could not read log file &apos;%1&apos;: %2</source>
        <translation>impossible de lire le fichier journal « %1 » : %2</translation>
    </message>
    <message>
        <source>this operation must be run in a work tree</source>
        <translation>cette opération doit être effectuée dans un arbre de travail</translation>
    </message>
    <message>
        <source>no commit message given (use -m or -F)</source>
        <translation>aucun message de validation fourni (utilisez -m ou -F)</translation>
    </message>
    <message>
        <source>unable to auto-detect email address</source>
        <translation>impossible de détecter automatiquement l’adresse électronique</translation>
    </message>
    <message>
        <source>Commit on a protected branch even when the repository refuses it (see docs/guard-rails.md).</source>
        <translation>Valider sur une branche protégée même si le dépôt le refuse (voir docs/guard-rails.md).</translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses commits made directly on it (protected-branches in %2); commit on a branch, or pass --allow-protected</source>
        <translation>%1 est protégée : ce dépôt refuse les commits faits directement dessus (protected-branches dans %2) ; validez sur une branche, ou passez --allow-protected</translation>
    </message>
    <message>
        <source>warning: the commit being amended is already on %1: this rewrites published history, and pushing it will need --force-with-lease</source>
        <translation>avertissement : le commit en cours de correction est déjà sur %1 : cela réécrit l’historique publié, et le pousser nécessitera --force-with-lease</translation>
    </message>
    <message>
        <source>warning: %1 is protected (protected-branches); committed on it anyway (--allow-protected silences this)</source>
        <translation>avertissement : %1 est protégée (protected-branches) ; commit effectué dessus quand même (--allow-protected supprime ce message)</translation>
    </message>
    <message numerus="yes">
        <source>hint: this commit changes %n line(s), more than %1 (guards.large-commit-lines); consider splitting the next one into smaller commits</source>
        <translation>
            <numerusform>astuce : ce commit modifie %n ligne, plus que %1 (guards.large-commit-lines) ; envisagez de découper le suivant en commits plus petits</numerusform>
            <numerusform>astuce : ce commit modifie %n lignes, plus que %1 (guards.large-commit-lines) ; envisagez de découper le suivant en commits plus petits</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the guard rails could not be checked: %1</source>
        <translation>avertissement : les garde-fous n’ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>Amend a commit the upstream already has even when the repository refuses it (see docs/guard-rails.md).</source>
        <translation>Corriger un commit que la branche amont possède déjà même si le dépôt le refuse (voir docs/guard-rails.md).</translation>
    </message>
    <message>
        <source>the commit being amended is already on %1, and this repository refuses to rewrite published history (guards.rewrite-published in %2); make a new commit, or pass --allow-rewrite</source>
        <translation>le commit en cours de correction est déjà sur %1, et ce dépôt refuse de réécrire l’historique publié (guards.rewrite-published dans %2) ; créez un nouveau commit, ou passez --allow-rewrite</translation>
    </message>
</context>
<context>
    <name>gantry::CommitComposer</name>
    <message>
        <source>A new feature</source>
        <translation>Une nouvelle fonctionnalité</translation>
    </message>
    <message>
        <source>A bug fix</source>
        <translation>Une correction de bogue</translation>
    </message>
    <message>
        <source>Documentation only changes</source>
        <translation>Modifications de la documentation uniquement</translation>
    </message>
    <message>
        <source>Changes that do not affect the meaning of the code (white-space, formatting, missing semi-colons, etc)</source>
        <translation>Modifications qui n’affectent pas le sens du code (espaces, mise en forme, points-virgules manquants, etc.)</translation>
    </message>
    <message>
        <source>A code change that neither fixes a bug nor adds a feature</source>
        <translation>Une modification du code qui ne corrige pas de bogue et n’ajoute pas de fonctionnalité</translation>
    </message>
    <message>
        <source>A code change that improves performance</source>
        <translation>Une modification du code qui améliore les performances</translation>
    </message>
    <message>
        <source>Adding missing tests or correcting existing tests</source>
        <translation>Ajout de tests manquants ou correction de tests existants</translation>
    </message>
    <message>
        <source>Changes that affect the build system or external dependencies (example scopes: gulp, broccoli, npm)</source>
        <translation>Modifications qui affectent le système de compilation ou les dépendances externes (exemples de portées : gulp, broccoli, npm)</translation>
    </message>
    <message>
        <source>Changes to our CI configuration files and scripts (example scopes: Travis, Circle, BrowserStack, SauceLabs)</source>
        <translation>Modifications des fichiers et scripts de configuration de la CI (exemples de portées : Travis, Circle, BrowserStack, SauceLabs)</translation>
    </message>
    <message>
        <source>Other changes that don&apos;t modify src or test files</source>
        <translation>Autres modifications qui ne touchent pas aux fichiers src ou test</translation>
    </message>
    <message>
        <source>Reverts a previous commit</source>
        <translation>Annule un commit précédent</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Pick a type and write a subject.</source>
        <translation>Choisissez un type et écrivez un sujet.</translation>
    </message>
    <message>
        <source>✓ Follows the commit conventions</source>
        <translation>✓ Respecte les conventions de commit</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Header length (type, scope and subject) against header-max-length (%1)</source>
        <translation>Longueur de l’en-tête (type, portée et sujet) par rapport à header-max-length (%1)</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>The kind of change</source>
        <translation>La nature de la modification</translation>
    </message>
    <message>
        <source>scope (optional)</source>
        <translation>portée (facultative)</translation>
    </message>
    <message>
        <source>What the change is about: scopes from this repository&apos;s history and the changed folders</source>
        <translation>Objet de la modification : portées tirées de l’historique de ce dépôt et des dossiers modifiés</translation>
    </message>
    <message>
        <source>Subject: what the change does, in the imperative</source>
        <translation>Sujet : ce que fait la modification, à l’impératif</translation>
    </message>
    <message>
        <source>Body: why the change was made (optional)</source>
        <translation>Corps : pourquoi la modification a été faite (facultatif)</translation>
    </message>
    <message>
        <source>Breaking change</source>
        <translation>Changement cassant</translation>
    </message>
    <message>
        <source>Marks the header with &quot;!&quot; and adds a BREAKING CHANGE footer</source>
        <translation>Marque l’en-tête avec « ! » et ajoute un pied de page BREAKING CHANGE</translation>
    </message>
    <message>
        <source>BREAKING CHANGE:</source>
        <translation>BREAKING CHANGE:</translation>
    </message>
    <message>
        <source>What breaks, and how to migrate</source>
        <translation>Ce qui casse, et comment migrer</translation>
    </message>
    <message>
        <source>Add footer</source>
        <translation>Ajouter un pied de page</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The message that will be committed</source>
        <translation>Le message qui sera validé</translation>
    </message>
    <message>
        <source>Lint findings (LINE:COL) with the repository&apos;s commitlint rules</source>
        <translation>Résultats de la vérification (LIGNE:COL) avec les règles commitlint du dépôt</translation>
    </message>
    <message>
        <source>Add a subject: what the change does.</source>
        <translation>Ajoutez un sujet : ce que fait la modification.</translation>
    </message>
</context>
<context>
    <name>gantry::CommitController</name>
    <message>
        <source>Amending the last commit…</source>
        <translation>Correction du dernier commit…</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>Reading the commit message template…</source>
        <translation>Lecture du modèle de message de commit…</translation>
    </message>
    <message>
        <source>Reading the last commit…</source>
        <translation>Lecture du dernier commit…</translation>
    </message>
    <message>
        <source>Checking the guard rails…</source>
        <translation>Vérification des garde-fous…</translation>
    </message>
    <message>
        <source>Create a Branch Instead…</source>
        <translation>Créer plutôt une branche…</translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses commits made directly on it (protected-branches in .gantry/conventions.yml). Commit on a branch and merge it.</source>
        <translation>%1 est protégée : ce dépôt refuse les commits faits directement dessus (protected-branches dans .gantry/conventions.yml). Validez sur une branche et fusionnez-la.</translation>
    </message>
    <message>
        <source>Create Branch…</source>
        <translation>Créer une branche…</translation>
    </message>
    <message>
        <source>Protected Branch</source>
        <translation>Branche protégée</translation>
    </message>
    <message>
        <source>%1 is protected: commit here anyway?</source>
        <translation>%1 est protégée : valider ici quand même ?</translation>
    </message>
    <message>
        <source>Work on %1 usually arrives through reviewed merges. Committing directly skips that; a branch of its own keeps the change reviewable.</source>
        <translation>Le travail sur %1 arrive généralement par des fusions relues. Valider directement contourne cette étape ; une branche dédiée permet de relire la modification.</translation>
    </message>
    <message>
        <source>Amend Anyway</source>
        <translation>Corriger quand même</translation>
    </message>
    <message>
        <source>Commit Anyway</source>
        <translation>Valider quand même</translation>
    </message>
    <message>
        <source>%1 is protected</source>
        <translation>%1 est protégée</translation>
    </message>
    <message>
        <source>Rewrite Published History</source>
        <translation>Réécrire l’historique publié</translation>
    </message>
    <message>
        <source>The last commit is already on %1: amending it rewrites published history.</source>
        <translation>Le dernier commit est déjà sur %1 : le corriger réécrit l’historique publié.</translation>
    </message>
    <message>
        <source>Anyone who pulled it keeps the old commit, and pushing the amended one needs a force push. A new commit on top is usually the better fix.</source>
        <translation>Ceux qui l’ont tiré conservent l’ancien commit, et pousser le commit corrigé nécessite une poussée forcée. Un nouveau commit par-dessus est généralement la meilleure correction.</translation>
    </message>
    <message>
        <source>the last commit is published</source>
        <translation>le dernier commit est publié</translation>
    </message>
    <message numerus="yes">
        <source>Hint: this commit changes %n line(s), more than %1 (guards.large-commit-lines); smaller commits are easier to review and revert — consider splitting the next one.</source>
        <translation>
            <numerusform>Astuce : ce commit modifie %n ligne, plus que %1 (guards.large-commit-lines) ; les petits commits sont plus faciles à relire et à annuler — envisagez de découper le suivant.</numerusform>
            <numerusform>Astuce : ce commit modifie %n lignes, plus que %1 (guards.large-commit-lines) ; les petits commits sont plus faciles à relire et à annuler — envisagez de découper le suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring the staged change…</source>
        <translation>Mesure de la modification indexée…</translation>
    </message>
    <message numerus="yes">
        <source>Hint: the staged change is %n line(s), more than %1 (guards.large-commit-lines); consider committing it in smaller steps.</source>
        <translation>
            <numerusform>Astuce : la modification indexée compte %n ligne, plus que %1 (guards.large-commit-lines) ; envisagez de la valider en plusieurs petites étapes.</numerusform>
            <numerusform>Astuce : la modification indexée compte %n lignes, plus que %1 (guards.large-commit-lines) ; envisagez de la valider en plusieurs petites étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the commit conventions…</source>
        <translation>Lecture des conventions de commit…</translation>
    </message>
    <message>
        <source>The commit-lint configuration has problems (defaults are used for what could not be read):
%1</source>
        <translation>La configuration de commit-lint présente des problèmes (les valeurs par défaut sont utilisées pour ce qui n’a pas pu être lu) :
%1</translation>
    </message>
    <message>
        <source>The last commit is already on %1, and this repository refuses to rewrite published history (guards.rewrite-published in .gantry/conventions.yml). Make a new commit on top.</source>
        <translation>Le dernier commit est déjà sur %1, et ce dépôt refuse de réécrire l’historique publié (guards.rewrite-published dans .gantry/conventions.yml). Créez un nouveau commit par-dessus.</translation>
    </message>
</context>
<context>
    <name>gantry::CommitDetailsPane</name>
    <message>
        <source>Copy SHA</source>
        <translation>Copier le SHA</translation>
    </message>
    <message>
        <source>Copy the full commit id to the clipboard</source>
        <translation>Copier l’identifiant complet du commit dans le presse-papiers</translation>
    </message>
    <message>
        <source>No commit selected</source>
        <translation>Aucun commit sélectionné</translation>
    </message>
    <message>
        <source>Could not read commit %1: %2</source>
        <translation>Impossible de lire le commit %1 : %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Committer</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Loading changed files…</source>
        <translation>Chargement des fichiers modifiés…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed against the first parent</source>
        <translation>
            <numerusform>%n fichier modifié par rapport au premier parent</numerusform>
            <numerusform>%n fichiers modifiés par rapport au premier parent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n fichier modifié</numerusform>
            <numerusform>%n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (renamed from %2, %3% similar)</source>
        <translation>%1 (renommé depuis %2, similaire à %3 %)</translation>
    </message>
    <message>
        <source>(%1 your time)</source>
        <translation>(%1 chez vous)</translation>
    </message>
    <message>
        <source>This merge changes no file of its first parent.</source>
        <translation>Cette fusion ne modifie aucun fichier de son premier parent.</translation>
    </message>
    <message>
        <source>This commit changes no file.</source>
        <translation>Ce commit ne modifie aucun fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n staged</source>
        <translation>
            <numerusform>%n indexé</numerusform>
            <numerusform>%n indexés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not staged</source>
        <translation>
            <numerusform>%n non indexé</numerusform>
            <numerusform>%n non indexés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untracked</source>
        <translation>
            <numerusform>%n non suivi</numerusform>
            <numerusform>%n non suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncommitted changes</source>
        <translation>Modifications non validées</translation>
    </message>
    <message>
        <source>Double-click the row, or press Enter, to stage and commit them in Changes.</source>
        <translation>Double-cliquez sur la ligne, ou appuyez sur Entrée, pour les indexer et les valider dans Modifications.</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>indexé</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>en conflit</translation>
    </message>
    <message>
        <source>not staged</source>
        <translation>non indexé</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>non suivi</translation>
    </message>
</context>
<context>
    <name>gantry::CommitFooterEditor</name>
    <message>
        <source>Remove this footer</source>
        <translation>Supprimer ce pied de page</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>Nom &lt;courriel&gt;</translation>
    </message>
</context>
<context>
    <name>gantry::CommitGraphFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>malformed commit-graph %1: %2</source>
        <translation>fichier commit-graph %1 mal formé : %2</translation>
    </message>
    <message>
        <source>file too small</source>
        <translation>fichier trop petit</translation>
    </message>
    <message>
        <source>cannot map %1: %2</source>
        <translation>impossible de projeter %1 en mémoire : %2</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>signature incorrecte</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>version %1 non prise en charge</translation>
    </message>
    <message>
        <source>unsupported hash version %1</source>
        <translation>version de hachage %1 non prise en charge</translation>
    </message>
    <message>
        <source>expected %1 base graphs, the file names %2</source>
        <translation>%1 graphes de base attendus, le fichier en nomme %2</translation>
    </message>
    <message>
        <source>chunk table past the end of the file</source>
        <translation>table des blocs au-delà de la fin du fichier</translation>
    </message>
    <message>
        <source>chunk offsets out of range</source>
        <translation>décalages de blocs hors limites</translation>
    </message>
    <message>
        <source>missing or short OID fanout chunk</source>
        <translation>bloc OID fanout absent ou trop court</translation>
    </message>
    <message>
        <source>missing OID lookup or commit data chunk</source>
        <translation>bloc OID lookup ou commit data absent</translation>
    </message>
    <message>
        <source>fanout is not sorted</source>
        <translation>le bloc fanout n’est pas trié</translation>
    </message>
    <message>
        <source>chunk sizes do not match %1 commits</source>
        <translation>les tailles des blocs ne correspondent pas à %1 commits</translation>
    </message>
    <message>
        <source>too many commits</source>
        <translation>trop de commits</translation>
    </message>
</context>
<context>
    <name>gantry::CommitLintCommand</name>
    <message>
        <source>Read the configuration from &lt;file&gt; instead of the repository&apos;s.</source>
        <translation>Lire la configuration depuis &lt;file&gt; au lieu de celle du dépôt.</translation>
    </message>
    <message>
        <source>The message is git&apos;s message file: drop comment lines (core.commentChar).</source>
        <translation>Le message est le fichier de message de git : ignorer les lignes de commentaire (core.commentChar).</translation>
    </message>
    <message>
        <source>The message file; - or nothing for standard input.</source>
        <translation>Le fichier du message ; - ou rien pour l’entrée standard.</translation>
    </message>
    <message>
        <source>only one message file may be given</source>
        <translation>un seul fichier de message peut être fourni</translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation>impossible de se placer dans « %1 »</translation>
    </message>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>configuration file &apos;%1&apos; does not exist</source>
        <translation>le fichier de configuration « %1 » n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>found %1, %2</source>
        <extracomment>%1 is &quot;%n error(s)&quot;, %2 is &quot;%n warning(s)&quot;.</extracomment>
        <translation>%1 et %2 trouvés</translation>
    </message>
</context>
<context>
    <name>gantry::CommitLintConfig</name>
    <message>
        <source>%1 is a JavaScript/TypeScript configuration, which Gantry does not run; put its rules in .commitlintrc.json or .commitlintrc.yaml instead (using @commitlint/config-conventional meanwhile)</source>
        <translation>%1 est une configuration JavaScript/TypeScript, que Gantry n’exécute pas ; placez plutôt ses règles dans .commitlintrc.json ou .commitlintrc.yaml (@commitlint/config-conventional est utilisée en attendant)</translation>
    </message>
    <message>
        <source>cannot read the configuration: %1</source>
        <translation>impossible de lire la configuration : %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1 (using @commitlint/config-conventional meanwhile)</source>
        <translation>JSON invalide : %1 (@commitlint/config-conventional est utilisée en attendant)</translation>
    </message>
    <message>
        <source>invalid YAML: %1 (using @commitlint/config-conventional meanwhile)</source>
        <translation>YAML invalide : %1 (@commitlint/config-conventional est utilisée en attendant)</translation>
    </message>
    <message>
        <source>package.json has no &quot;commitlint&quot; key (using @commitlint/config-conventional)</source>
        <translation>package.json n’a pas de clé « commitlint » (@commitlint/config-conventional est utilisée)</translation>
    </message>
    <message>
        <source>the configuration must be an object with &quot;extends&quot; and &quot;rules&quot; (using @commitlint/config-conventional meanwhile)</source>
        <translation>la configuration doit être un objet avec « extends » et « rules » (@commitlint/config-conventional est utilisée en attendant)</translation>
    </message>
    <message>
        <source>extends %1 is not supported; only %2 is understood</source>
        <translation>extends %1 n’est pas pris en charge ; seul %2 est reconnu</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an object of rule names</source>
        <translation>« rules » doit être un objet dont les clés sont des noms de règles</translation>
    </message>
    <message>
        <source>&quot;defaultIgnores&quot; must be true or false</source>
        <translation>« defaultIgnores » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs JavaScript functions and is not read</source>
        <translation>« %1 » nécessite des fonctions JavaScript et n’est pas lu</translation>
    </message>
    <message>
        <source>only the conventional-changelog-conventionalcommits and -angular parser presets are supported</source>
        <translation>seuls les préréglages d’analyseur conventional-changelog-conventionalcommits et -angular sont pris en charge</translation>
    </message>
    <message>
        <source>Found rules without implementation: %1.</source>
        <translation>Règles sans implémentation trouvées : %1.</translation>
    </message>
    <message>
        <source>config for rule %1 must be array, received %2</source>
        <translation>la configuration de la règle %1 doit être un tableau, reçu : %2</translation>
    </message>
    <message>
        <source>level for rule %1 must be number, received %2</source>
        <translation>le niveau de la règle %1 doit être un nombre, reçu : %2</translation>
    </message>
    <message>
        <source>config for rule %1 must be 2 or 3 items long, received %2 items</source>
        <translation>la configuration de la règle %1 doit comporter 2 ou 3 éléments, reçu : %2 éléments</translation>
    </message>
    <message>
        <source>level for rule %1 must be between 0 and 2, received %2</source>
        <translation>le niveau de la règle %1 doit être compris entre 0 et 2, reçu : %2</translation>
    </message>
    <message>
        <source>condition for rule %1 must be &quot;always&quot; or &quot;never&quot;, received %2</source>
        <translation>la condition de la règle %1 doit être « always » ou « never », reçu : %2</translation>
    </message>
    <message>
        <source>value for rule %1 must be %2, received %3</source>
        <translation>la valeur de la règle %1 doit être %2, reçu : %3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
    <message>
        <source>to-case: Unknown target case &quot;%1&quot;; known: %2</source>
        <translation>to-case : casse cible « %1 » inconnue ; casses connues : %2</translation>
    </message>
</context>
<context>
    <name>gantry::CommitLintRules</name>
    <message>
        <source>header must not be longer than %1 characters, current length is %2</source>
        <translation>l’en-tête ne doit pas dépasser %1 caractères, sa longueur actuelle est de %2</translation>
    </message>
    <message>
        <source>header must not be shorter than %1 characters, current length is %2</source>
        <translation>l’en-tête ne doit pas faire moins de %1 caractères, sa longueur actuelle est de %2</translation>
    </message>
    <message>
        <source>header must not be surrounded by whitespace</source>
        <translation>l’en-tête ne doit pas être entouré d’espaces</translation>
    </message>
    <message>
        <source>header must not start with whitespace</source>
        <translation>l’en-tête ne doit pas commencer par des espaces</translation>
    </message>
    <message>
        <source>header must not end with whitespace</source>
        <translation>l’en-tête ne doit pas se terminer par des espaces</translation>
    </message>
    <message>
        <source>type must not be %1</source>
        <translation>le type ne doit pas être en %1</translation>
    </message>
    <message>
        <source>type must be %1</source>
        <translation>le type doit être en %1</translation>
    </message>
    <message>
        <source>scope must not be %1</source>
        <translation>la portée ne doit pas être en %1</translation>
    </message>
    <message>
        <source>scope must be %1</source>
        <translation>la portée doit être en %1</translation>
    </message>
    <message>
        <source>subject must not be %1</source>
        <translation>le sujet ne doit pas être en %1</translation>
    </message>
    <message>
        <source>subject must be %1</source>
        <translation>le sujet doit être en %1</translation>
    </message>
    <message>
        <source>header must not be %1</source>
        <translation>l’en-tête ne doit pas être en %1</translation>
    </message>
    <message>
        <source>header must be %1</source>
        <translation>l’en-tête doit être en %1</translation>
    </message>
    <message>
        <source>body must not be %1</source>
        <translation>le corps ne doit pas être en %1</translation>
    </message>
    <message>
        <source>body must be %1</source>
        <translation>le corps doit être en %1</translation>
    </message>
    <message>
        <source>type must not be longer than %1 characters</source>
        <translation>le type ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>scope must not be longer than %1 characters</source>
        <translation>la portée ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>subject must not be longer than %1 characters</source>
        <translation>le sujet ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>body must not be longer than %1 characters</source>
        <translation>le corps ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>footer must not be longer than %1 characters</source>
        <translation>le pied de page ne doit pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>type must not be shorter than %1 characters</source>
        <translation>le type ne doit pas faire moins de %1 caractères</translation>
    </message>
    <message>
        <source>scope must not be shorter than %1 characters</source>
        <translation>la portée ne doit pas faire moins de %1 caractères</translation>
    </message>
    <message>
        <source>subject must not be shorter than %1 characters</source>
        <translation>le sujet ne doit pas faire moins de %1 caractères</translation>
    </message>
    <message>
        <source>body must not be shorter than %1 characters</source>
        <translation>le corps ne doit pas faire moins de %1 caractères</translation>
    </message>
    <message>
        <source>footer must not be shorter than %1 characters</source>
        <translation>le pied de page ne doit pas faire moins de %1 caractères</translation>
    </message>
    <message>
        <source>type may not be empty</source>
        <translation>le type ne doit pas être vide</translation>
    </message>
    <message>
        <source>type must be empty</source>
        <translation>le type doit être vide</translation>
    </message>
    <message>
        <source>type must not be one of [%1]</source>
        <translation>le type ne doit pas être l’une des valeurs [%1]</translation>
    </message>
    <message>
        <source>type must be one of [%1]</source>
        <translation>le type doit être l’une des valeurs [%1]</translation>
    </message>
    <message>
        <source>scope may not be empty</source>
        <translation>la portée ne doit pas être vide</translation>
    </message>
    <message>
        <source>scope must be empty</source>
        <translation>la portée doit être vide</translation>
    </message>
    <message>
        <source>scope must not be one of [%1]</source>
        <translation>la portée ne doit pas être l’une des valeurs [%1]</translation>
    </message>
    <message>
        <source>scope must be one of [%1]</source>
        <translation>la portée doit être l’une des valeurs [%1]</translation>
    </message>
    <message>
        <source>subject may not be empty</source>
        <translation>le sujet ne doit pas être vide</translation>
    </message>
    <message>
        <source>subject must be empty</source>
        <translation>le sujet doit être vide</translation>
    </message>
    <message>
        <source>subject may not end with full stop</source>
        <translation>le sujet ne doit pas se terminer par un point</translation>
    </message>
    <message>
        <source>subject must end with full stop</source>
        <translation>le sujet doit se terminer par un point</translation>
    </message>
    <message>
        <source>subject must not have an exclamation mark in the subject to identify a breaking change</source>
        <translation>le sujet ne doit pas comporter de point d’exclamation pour signaler un changement cassant</translation>
    </message>
    <message>
        <source>subject must have an exclamation mark in the subject to identify a breaking change</source>
        <translation>le sujet doit comporter un point d’exclamation pour signaler un changement cassant</translation>
    </message>
    <message>
        <source>header may not end with full stop</source>
        <translation>l’en-tête ne doit pas se terminer par un point</translation>
    </message>
    <message>
        <source>header must end with full stop</source>
        <translation>l’en-tête doit se terminer par un point</translation>
    </message>
    <message>
        <source>body may not be empty</source>
        <translation>le corps ne doit pas être vide</translation>
    </message>
    <message>
        <source>body must be empty</source>
        <translation>le corps doit être vide</translation>
    </message>
    <message>
        <source>footer may not be empty</source>
        <translation>le pied de page ne doit pas être vide</translation>
    </message>
    <message>
        <source>footer must be empty</source>
        <translation>le pied de page doit être vide</translation>
    </message>
    <message>
        <source>body may not end with full stop</source>
        <translation>le corps ne doit pas se terminer par un point</translation>
    </message>
    <message>
        <source>body must end with full stop</source>
        <translation>le corps doit se terminer par un point</translation>
    </message>
    <message>
        <source>body may not have leading blank line</source>
        <translation>le corps ne doit pas être précédé d’une ligne vide</translation>
    </message>
    <message>
        <source>body must have leading blank line</source>
        <translation>le corps doit être précédé d’une ligne vide</translation>
    </message>
    <message>
        <source>footer may not have leading blank line</source>
        <translation>le pied de page ne doit pas être précédé d’une ligne vide</translation>
    </message>
    <message>
        <source>footer must have leading blank line</source>
        <translation>le pied de page doit être précédé d’une ligne vide</translation>
    </message>
    <message>
        <source>body&apos;s lines must not be longer than %1 characters</source>
        <translation>les lignes du corps ne doivent pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>footer&apos;s lines must not be longer than %1 characters</source>
        <translation>les lignes du pied de page ne doivent pas dépasser %1 caractères</translation>
    </message>
    <message>
        <source>references may not be empty</source>
        <translation>la liste des références ne doit pas être vide</translation>
    </message>
    <message>
        <source>references must be empty</source>
        <translation>la liste des références doit être vide</translation>
    </message>
    <message>
        <source>message must not be signed off</source>
        <translation>le message ne doit pas être signé</translation>
    </message>
    <message>
        <source>message must be signed off</source>
        <translation>le message doit être signé</translation>
    </message>
    <message>
        <source>message must not have `%1` trailer</source>
        <translation>le message ne doit pas comporter la ligne de fin `%1`</translation>
    </message>
    <message>
        <source>message must have `%1` trailer</source>
        <translation>le message doit comporter la ligne de fin `%1`</translation>
    </message>
</context>
<context>
    <name>gantry::CommitLinter</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>header is %1 characters long; Gantry lints headers of up to %2 characters and did not check this one</source>
        <translation>l’en-tête fait %1 caractères ; Gantry vérifie les en-têtes d’au plus %2 caractères et n’a pas vérifié celui-ci</translation>
    </message>
</context>
<context>
    <name>gantry::CommitMessage</name>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Aborting commit due to empty commit message.</source>
        <translation>Abandon de la validation dû à un message de validation vide.</translation>
    </message>
</context>
<context>
    <name>gantry::CommitMsgHookInstaller</name>
    <message>
        <source>the gantry path must be absolute: %1</source>
        <translation>le chemin de gantry doit être absolu : %1</translation>
    </message>
    <message>
        <source>cannot create the hooks folder %1</source>
        <translation>impossible de créer le dossier des crochets %1</translation>
    </message>
    <message>
        <source>%1 already exists and is not Gantry&apos;s, and %2 is taken too; merge them by hand, then run gantry hooks install again</source>
        <translation>%1 existe déjà et n’est pas celui de Gantry, et %2 est lui aussi déjà pris ; fusionnez-les à la main, puis relancez gantry hooks install</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>gantry::CommitSource</name>
    <message>
        <source>no repository</source>
        <translation>aucun dépôt</translation>
    </message>
    <message>
        <source>open object database</source>
        <translation>ouverture de la base de données d’objets</translation>
    </message>
    <message>
        <source>the commit-graph file is corrupt (commit %1)</source>
        <translation>le fichier commit-graph est corrompu (commit %1)</translation>
    </message>
    <message>
        <source>unknown commit key</source>
        <translation>clé de commit inconnue</translation>
    </message>
    <message>
        <source>read commit %1</source>
        <translation>lecture du commit %1</translation>
    </message>
    <message>
        <source>object %1 is not a commit</source>
        <translation>l’objet %1 n’est pas un commit</translation>
    </message>
    <message>
        <source>commit %1 has a malformed parent line</source>
        <translation>le commit %1 a une ligne parent mal formée</translation>
    </message>
</context>
<context>
    <name>gantry::CommitWriter</name>
    <message>
        <source>there is no commit to amend yet</source>
        <translation>il n’y a pas encore de commit à corriger</translation>
    </message>
    <message>
        <source>HEAD does not point to a commit</source>
        <translation>HEAD ne pointe pas sur un commit</translation>
    </message>
    <message>
        <source>commit.gpgSign is set, and Gantry cannot sign commits yet: commit with git, or unset commit.gpgSign for this repository</source>
        <translation>commit.gpgSign est activé et Gantry ne sait pas encore signer les commits : validez avec git, ou désactivez commit.gpgSign pour ce dépôt</translation>
    </message>
    <message>
        <source>You have nothing to amend.</source>
        <translation>Vous n’avez rien à corriger.</translation>
    </message>
    <message>
        <source>You are in the middle of a merge -- cannot amend.</source>
        <translation>Vous êtes en pleine fusion -- impossible de corriger.</translation>
    </message>
    <message>
        <source>Committing is not possible because you have unmerged files.</source>
        <translation>La validation n’est pas possible car vous avez des fichiers non fusionnés.</translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation>impossible d’écrire l’arbre</translation>
    </message>
    <message>
        <source>You asked to amend the most recent commit, but doing so would make it empty. You can repeat your command with --allow-empty, or you can remove the commit entirely with &quot;git reset HEAD^&quot;.</source>
        <translation>Vous avez demandé de corriger le commit le plus récent, mais cela le rendrait vide. Vous pouvez répéter votre commande avec --allow-empty, ou supprimer complètement le commit avec « git reset HEAD^ ».</translation>
    </message>
    <message>
        <source>nothing to commit (use &quot;git add&quot; to stage changes)</source>
        <translation>rien à valider (utilisez « git add » pour indexer des modifications)</translation>
    </message>
    <message>
        <source>Aborting commit; you did not edit the message.</source>
        <translation>Abandon de la validation ; vous n’avez pas modifié le message.</translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation>impossible de lire l’arbre</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>impossible de créer le commit</translation>
    </message>
    <message>
        <source>could not read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>could not write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>impossible de lire le commit %1</translation>
    </message>
    <message>
        <source>could not parse MERGE_HEAD line &apos;%1&apos;</source>
        <translation>impossible d’analyser la ligne de MERGE_HEAD « %1 »</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot update %1</source>
        <translation>impossible de mettre à jour %1</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>HEAD détachée</translation>
    </message>
    <message>
        <source>Unable to create &apos;%1/index.lock&apos;: File exists. Another git process seems to be running in this repository; if not, remove that file and try again.</source>
        <translation>Impossible de créer « %1/index.lock » : le fichier existe. Un autre processus git semble être en cours d’exécution dans ce dépôt ; sinon, supprimez ce fichier et réessayez.</translation>
    </message>
    <message>
        <source>cannot lock ref &apos;HEAD&apos;: it moved meanwhile (another commit?); nothing was committed</source>
        <translation>impossible de verrouiller la référence « HEAD » : elle a bougé entre-temps (un autre commit ?) ; rien n’a été validé</translation>
    </message>
</context>
<context>
    <name>gantry::CreateReleaseDialog</name>
    <message>
        <source>&amp;Commit the changelog to CHANGELOG.md</source>
        <translation>Va&amp;lider le journal des modifications dans CHANGELOG.md</translation>
    </message>
    <message>
        <source>Create Release</source>
        <translation>Créer une version</translation>
    </message>
    <message>
        <source>v1.0.0</source>
        <translation>v1.0.0</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>C&amp;hangelog:</source>
        <translation>Journal des &amp;modifications :</translation>
    </message>
    <message>
        <source>Enter the version to release.</source>
        <translation>Saisissez la version à publier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version (such as v1.2.3 or 1.2.3-rc.1).</source>
        <translation>« %1 » n’est pas une version sémantique (comme v1.2.3 ou 1.2.3-rc.1).</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>L’étiquette %1 existe déjà.</translation>
    </message>
    <message>
        <source>The changelog is empty; write one or do not commit it.</source>
        <translation>Le journal des modifications est vide ; rédigez-en un ou ne le validez pas.</translation>
    </message>
</context>
<context>
    <name>gantry::CronExpression</name>
    <message>
        <source>&quot;%1&quot; is not supported; GitHub Actions takes five cron fields</source>
        <translation>« %1 » n’est pas pris en charge ; GitHub Actions accepte cinq champs cron</translation>
    </message>
    <message>
        <source>a cron schedule has five fields (minute, hour, day of month, month, day of week), not %1</source>
        <translation>une planification cron a cinq champs (minute, heure, jour du mois, mois, jour de la semaine), pas %1</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>invalid %1 field &quot;%2&quot;: %3</source>
        <translation>champ %1 invalide « %2 » : %3</translation>
    </message>
    <message>
        <source>empty list item</source>
        <translation>élément de liste vide</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a positive number</source>
        <translation>le pas « %1 » n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>values must be from %1 to %2</source>
        <translation>les valeurs doivent aller de %1 à %2</translation>
    </message>
    <message>
        <source>the range %1 runs backwards</source>
        <translation>l’intervalle %1 est inversé</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>At %1:%2</source>
        <translation>À %1:%2</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
    <message>
        <source>At minute %1 past every hour</source>
        <translation>À la minute %1 de chaque heure</translation>
    </message>
    <message>
        <source>At minute %1 past hour %2</source>
        <translation>À la minute %1 de l’heure %2</translation>
    </message>
    <message>
        <source>At minutes %1 past hour %2</source>
        <translation>Aux minutes %1 ; heures : %2</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source> on day %1 of the month</source>
        <translation> le %1 du mois</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source> and on %1</source>
        <translation> et le %1</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
</context>
<context>
    <name>gantry::DiffPlaceholder</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation>Afficher quand même</translation>
    </message>
    <message>
        <source>Load the whole diff of this file; this may take a while</source>
        <translation>Charger le diff complet de ce fichier ; cela peut prendre du temps</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Aucun fichier sélectionné</translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation>Sélectionnez un fichier pour voir ses modifications.</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Binary file — %1, not shown</source>
        <translation>Fichier binaire — %1, non affiché</translation>
    </message>
    <message>
        <source>Large file, %1 — not shown</source>
        <translation>Fichier volumineux, %1 — non affiché</translation>
    </message>
    <message>
        <source>Diffs of large files are slow to compute and to display.</source>
        <translation>Les diffs des fichiers volumineux sont lents à calculer et à afficher.</translation>
    </message>
    <message>
        <source>Copied without changes</source>
        <translation>Copié sans modification</translation>
    </message>
    <message>
        <source>Renamed without changes</source>
        <translation>Renommé sans modification</translation>
    </message>
    <message>
        <source>(%1% similar)</source>
        <translation>(similaire à %1 %)</translation>
    </message>
    <message>
        <source>(now executable)</source>
        <translation>(désormais exécutable)</translation>
    </message>
    <message>
        <source>(no longer executable)</source>
        <translation>(plus exécutable)</translation>
    </message>
    <message>
        <source>File mode changed</source>
        <translation>Mode du fichier modifié</translation>
    </message>
    <message>
        <source>Empty file deleted</source>
        <translation>Fichier vide supprimé</translation>
    </message>
    <message>
        <source>Empty file added</source>
        <translation>Fichier vide ajouté</translation>
    </message>
</context>
<context>
    <name>gantry::DiffReader</name>
    <message>
        <source>cannot find %1 %2</source>
        <translation>impossible de trouver %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 is not a commit or tree</source>
        <translation>%1 %2 n’est ni un commit ni un arbre</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <source>cannot find commit %1</source>
        <translation>impossible de trouver le commit %1</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>commit</translation>
    </message>
    <message>
        <source>a bare repository has no working tree</source>
        <translation>un dépôt nu n’a pas d’arbre de travail</translation>
    </message>
    <message>
        <source>no commit given</source>
        <translation>aucun commit fourni</translation>
    </message>
    <message>
        <source>cannot compute the diff</source>
        <translation>impossible de calculer le diff</translation>
    </message>
    <message>
        <source>cannot detect renames</source>
        <translation>impossible de détecter les renommages</translation>
    </message>
    <message>
        <source>cannot read the changes of &apos;%1&apos;</source>
        <translation>impossible de lire les modifications de « %1 »</translation>
    </message>
    <message>
        <source>cannot compare the two versions of &apos;%1&apos;</source>
        <translation>impossible de comparer les deux versions de « %1 »</translation>
    </message>
</context>
<context>
    <name>gantry::DiffView</name>
    <message>
        <source>Stage Hunk</source>
        <translation>Indexer la section</translation>
    </message>
    <message>
        <source>Unstage Hunk</source>
        <translation>Désindexer la section</translation>
    </message>
    <message>
        <source>Discard Hunk…</source>
        <translation>Abandonner la section…</translation>
    </message>
    <message>
        <source>Stage every change of the hunk under the cursor</source>
        <translation>Indexer toutes les modifications de la section sous le curseur</translation>
    </message>
    <message>
        <source>Unstage every change of the hunk under the cursor</source>
        <translation>Désindexer toutes les modifications de la section sous le curseur</translation>
    </message>
    <message>
        <source>Throw away every change of the hunk under the cursor</source>
        <translation>Abandonner toutes les modifications de la section sous le curseur</translation>
    </message>
    <message>
        <source>Stage Lines</source>
        <translation>Indexer les lignes</translation>
    </message>
    <message>
        <source>Stage the selected lines</source>
        <translation>Indexer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Unstage Lines</source>
        <translation>Désindexer les lignes</translation>
    </message>
    <message>
        <source>Unstage the selected lines</source>
        <translation>Désindexer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Discard Lines…</source>
        <translation>Abandonner les lignes…</translation>
    </message>
    <message>
        <source>Throw away the selected changed lines</source>
        <translation>Abandonner les lignes modifiées sélectionnées</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unifié</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Show whitespace changes</source>
        <translation>Afficher les modifications d’espaces</translation>
    </message>
    <message>
        <source>Ignore all whitespace</source>
        <translation>Ignorer tous les espaces</translation>
    </message>
    <message>
        <source>Ignore whitespace amount</source>
        <translation>Ignorer les différences de quantité d’espaces</translation>
    </message>
    <message>
        <source>Ignore whitespace at line end</source>
        <translation>Ignorer les espaces en fin de ligne</translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation>Lignes inchangées affichées autour de chaque modification</translation>
    </message>
    <message>
        <source>Hunk</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Actions on the hunk under the cursor</source>
        <translation>Actions sur la section sous le curseur</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>mode %1 → %2</source>
        <translation>mode %1 → %2</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>nouveau fichier</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Context lines:</source>
        <translation>Lignes de &amp;contexte :</translation>
    </message>
    <message>
        <source>whitespace ignored</source>
        <translation>espaces ignorés</translation>
    </message>
    <message numerus="yes">
        <source>Whitespace and context lines: %1, %n line(s) of context</source>
        <translation>
            <numerusform>Espaces et contexte : %1, %n ligne de contexte</numerusform>
            <numerusform>Espaces et contexte : %1, %n lignes de contexte</numerusform>
        </translation>
    </message>
    <message>
        <source>Unified: old and new lines in one column</source>
        <translation>Unifié : anciennes et nouvelles lignes dans une seule colonne</translation>
    </message>
    <message>
        <source>Side by side: old lines on the left, new lines on the right</source>
        <translation>Côte à côte : anciennes lignes à gauche, nouvelles lignes à droite</translation>
    </message>
</context>
<context>
    <name>gantry::DiscardArchive</name>
    <message>
        <source>cannot read the link &apos;%1&apos;</source>
        <translation>impossible de lire le lien « %1 »</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>« %1 » est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>discard archive: before and after states do not match</source>
        <translation>archive d’abandon : les états avant et après ne correspondent pas</translation>
    </message>
    <message>
        <source>cannot archive discarded changes</source>
        <translation>impossible d’archiver les modifications abandonnées</translation>
    </message>
    <message>
        <source>cannot archive &apos;%1&apos;</source>
        <translation>impossible d’archiver « %1 »</translation>
    </message>
    <message>
        <source>cannot update %1</source>
        <translation>impossible de mettre à jour %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot read discard archive entry %1</source>
        <translation>impossible de lire l’entrée %1 de l’archive d’abandon</translation>
    </message>
    <message>
        <source>cannot read the archived &apos;%1&apos;</source>
        <translation>impossible de lire la version archivée de « %1 »</translation>
    </message>
    <message>
        <source>restoring would overwrite changes made after the discard in: %1</source>
        <translation>la restauration écraserait des modifications faites après l’abandon dans : %1</translation>
    </message>
    <message>
        <source>Overwritten by restoring discarded changes %1</source>
        <translation>Écrasé par la restauration des modifications abandonnées %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: a folder is in the way</source>
        <translation>impossible d’écrire « %1 » : un dossier est en travers du chemin</translation>
    </message>
    <message>
        <source>cannot remove &apos;%1&apos;</source>
        <translation>impossible de supprimer « %1 »</translation>
    </message>
    <message>
        <source>cannot create the folder of &apos;%1&apos;</source>
        <translation>impossible de créer le dossier de « %1 »</translation>
    </message>
    <message>
        <source>cannot create the link &apos;%1&apos;</source>
        <translation>impossible de créer le lien « %1 »</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation>impossible de définir les permissions de « %1 »</translation>
    </message>
    <message>
        <source>cannot create a signature</source>
        <translation>impossible de créer une signature</translation>
    </message>
</context>
<context>
    <name>gantry::ExpressionChecker</name>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>strings are written in single quotes (&apos;…&apos;), not double quotes</source>
        <translation>les chaînes s’écrivent entre apostrophes (&apos;…&apos;), pas entre guillemets doubles</translation>
    </message>
    <message>
        <source>invalid number &quot;%1&quot;</source>
        <translation>nombre invalide « %1 »</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>caractère inattendu « %1 »</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>expression vide</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the expression</source>
        <translation>« %1 » inattendu après l’expression</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; before the end</source>
        <translation>« %1 » attendu avant la fin</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>« %1 » attendu, « %2 » trouvé</translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation>l’expression est trop profondément imbriquée</translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot;; expected one of: %2</source>
        <translation>contexte inconnu « %1 » ; attendu l’un de : %2</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation>l’expression se termine trop tôt</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <source>expected a property name after &quot;.&quot;</source>
        <translation>nom de propriété attendu après « . »</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;</source>
        <translation>fonction inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1() takes %2 arguments, not %3</source>
        <translation>%1() prend %2 arguments, pas %3</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>&quot;matrix.%1&quot;: this job has no matrix</source>
        <translation>« matrix.%1 » : ce job n’a pas de matrice</translation>
    </message>
    <message>
        <source>&quot;matrix.%1&quot; is not defined; the matrix has: %2</source>
        <translation>« matrix.%1 » n’est pas défini ; la matrice contient : %2</translation>
    </message>
    <message>
        <source>&quot;needs.%1&quot;: this job does not need a job &quot;%1&quot;</source>
        <translation>« needs.%1 » : ce job ne dépend pas d’un job « %1 »</translation>
    </message>
    <message>
        <source>&quot;needs.%1.%2&quot;: a needed job has only &quot;outputs&quot; and &quot;result&quot;</source>
        <translation>« needs.%1.%2 » : un job requis n’a que « outputs » et « result »</translation>
    </message>
    <message>
        <source>&quot;needs.%1.outputs.%2&quot;: job &quot;%1&quot; has no output &quot;%2&quot;</source>
        <translation>« needs.%1.outputs.%2 » : le job « %1 » n’a pas de sortie « %2 »</translation>
    </message>
    <message>
        <source>&quot;steps.%1&quot;: no step before this one has the id &quot;%1&quot;</source>
        <translation>« steps.%1 » : aucune étape avant celle-ci n’a l’id « %1 »</translation>
    </message>
    <message>
        <source>&quot;steps.%1.%2&quot;: a step has only &quot;outputs&quot;, &quot;outcome&quot; and &quot;conclusion&quot;</source>
        <translation>« steps.%1.%2 » : une étape n’a que « outputs », « outcome » et « conclusion »</translation>
    </message>
    <message>
        <source>&quot;${{&quot; is not closed by &quot;}}&quot;</source>
        <translation>« ${{ » n’est pas fermé par « }} »</translation>
    </message>
</context>
<context>
    <name>gantry::FetchCommand</name>
    <message>
        <source>Remove remote-tracking branches whose branch is gone.</source>
        <translation>Supprimer les branches de suivi distantes dont la branche a disparu.</translation>
    </message>
    <message>
        <source>The remote to fetch (default: the upstream&apos;s, or origin).</source>
        <translation>Le dépôt distant à récupérer (par défaut : celui de la branche amont, ou origin).</translation>
    </message>
    <message>
        <source>fetching explicit refspecs is not supported; give only a remote</source>
        <translation>la récupération de refspecs explicites n’est pas prise en charge ; indiquez seulement un dépôt distant</translation>
    </message>
    <message>
        <source>[new]</source>
        <translation>[nouveau]</translation>
    </message>
    <message>
        <source>[deleted]</source>
        <translation>[supprimé]</translation>
    </message>
    <message>
        <source>cancelled: no ref was changed</source>
        <translation>annulé : aucune référence n’a été modifiée</translation>
    </message>
</context>
<context>
    <name>gantry::FileChangedBar</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Show the version on disk; your edits are replaced (Undo brings them back)</source>
        <translation>Afficher la version du disque ; vos modifications sont remplacées (Annuler les ramène)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep your edits; Save will ask before it writes over the version on disk</source>
        <translation>Garder vos modifications ; Enregistrer demandera avant d’écraser la version du disque</translation>
    </message>
    <message>
        <source>Show Difference…</source>
        <translation>Voir les différences…</translation>
    </message>
    <message>
        <source>Compare the version on disk with yours</source>
        <translation>Comparer la version du disque avec la vôtre</translation>
    </message>
    <message>
        <source>%1 changed on disk (a checkout, a pull or another editor), and you have unsaved edits here.</source>
        <translation>%1 a changé sur le disque (un checkout, un pull ou un autre éditeur), et vous avez ici des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>%1 was deleted on disk, or is not in the checked-out branch. Save writes it again.</source>
        <translation>%1 a été supprimé du disque, ou n’est pas dans la branche extraite. Enregistrer le réécrit.</translation>
    </message>
</context>
<context>
    <name>gantry::GitError</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>gantry::GitLabEditor</name>
    <message>
        <source>this is a GitHub Actions workflow; GitLab CI edits do not apply to it</source>
        <translation>ceci est un workflow GitHub Actions ; les modifications GitLab CI ne s’y appliquent pas</translation>
    </message>
    <message>
        <source>the file is not a GitLab CI pipeline: its top level is not a mapping</source>
        <translation>le fichier n’est pas un pipeline GitLab CI : son niveau supérieur n’est pas une table de correspondance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a global keyword of the pipeline, not a job</source>
        <translation>« %1 » est un mot-clé global du pipeline, pas un job</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hidden template (it starts with &apos;.&apos;), not a job GitLab runs; edit it in the text</source>
        <translation>« %1 » est un modèle caché (il commence par « . »), pas un job que GitLab exécute ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; comes from an included file; edit it there</source>
        <translation>le job « %1 » vient d’un fichier inclus ; modifiez-le là-bas</translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot;</source>
        <translation>il n’y a pas de job « %1 »</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not written as a mapping here; edit it in the text</source>
        <translation>le job « %1 » n’est pas écrit ici comme une table de correspondance ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a global keyword of the pipeline; a job cannot have that name</source>
        <translation>« %1 » est un mot-clé global du pipeline ; un job ne peut pas porter ce nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a job: use up to 255 characters, no line break, not starting with &apos;.&apos; or a blank</source>
        <translation>« %1 » ne peut pas nommer un job : au plus 255 caractères, sans saut de ligne, sans commencer par « . » ni par un blanc</translation>
    </message>
    <message>
        <source>there is already a job &quot;%1&quot;</source>
        <translation>il existe déjà un job « %1 »</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not in stages: %2; add the stage first</source>
        <translation>le stage « %1 » n’est pas dans stages : %2 ; ajoutez d’abord le stage</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; extends &quot;%2&quot;; change that first</source>
        <translation>le job « %1 » étend « %2 » ; changez cela d’abord</translation>
    </message>
    <message>
        <source>line %1 takes part of &quot;%2&quot; with !reference; change that first</source>
        <translation>la ligne %1 reprend une partie de « %2 » avec !reference ; changez cela d’abord</translation>
    </message>
    <message>
        <source>the %1 at line %2 are an alias (*name); edit the list it points to</source>
        <translation>les %1 de la ligne %2 sont un alias (*nom) ; modifiez la liste vers laquelle il pointe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a hidden template; its new name must start with &apos;.&apos; too</source>
        <translation>« %1 » est un modèle caché ; son nouveau nom doit aussi commencer par « . »</translation>
    </message>
    <message>
        <source>a name starting with &apos;.&apos; would hide job &quot;%1&quot; (GitLab would not run it)</source>
        <translation>un nom commençant par « . » cacherait le job « %1 » (GitLab ne l’exécuterait pas)</translation>
    </message>
    <message>
        <source>line %1 takes part of &quot;%2&quot; with !reference; rename it in the text</source>
        <translation>la ligne %1 reprend une partie de « %2 » avec !reference ; renommez-le dans le texte</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; already needs &quot;%2&quot;</source>
        <translation>le job « %1 » dépend déjà de « %2 »</translation>
    </message>
    <message>
        <source>the needs of job &quot;%1&quot; are an alias (*name); edit the list it points to</source>
        <translation>les needs du job « %1 » sont un alias (*nom) ; modifiez la liste vers laquelle il pointe</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has needs that are neither a name nor a list</source>
        <translation>le job « %1 » a des needs qui ne sont ni un nom ni une liste</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; inherits its needs (&lt;&lt;); edit them where they are written</source>
        <translation>le job « %1 » hérite de ses needs (&lt;&lt;) ; modifiez-les là où ils sont écrits</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; inherits its needs (extends); edit them where they are written</source>
        <translation>le job « %1 » hérite de ses needs (extends) ; modifiez-les là où ils sont écrits</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; does not need &quot;%2&quot;</source>
        <translation>le job « %1 » ne dépend pas de « %2 »</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is already in stage &quot;%2&quot;</source>
        <translation>le job « %1 » est déjà dans le stage « %2 »</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which runs in a later stage (%3)</source>
        <translation>le job « %1 » dépend de « %2 », qui s’exécute dans un stage ultérieur (%3)</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot; and runs in an earlier stage (%3)</source>
        <translation>le job « %1 » dépend de « %2 » et s’exécute dans un stage antérieur (%3)</translation>
    </message>
    <message>
        <source>the stage of job &quot;%1&quot; is not written as a name; edit it in the text</source>
        <translation>le stage du job « %1 » n’est pas écrit comme un nom ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a stage</source>
        <translation>« %1 » ne peut pas nommer un stage</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is already in stages: %2</source>
        <translation>le stage « %1 » est déjà dans stages : %2</translation>
    </message>
    <message>
        <source>stages: is not written as a list here; edit it in the text</source>
        <translation>stages: n’est pas écrit ici comme une liste ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; inherits its script (extends, &lt;&lt;); edit it where it is written</source>
        <translation>le job « %1 » hérite de son script (extends, &lt;&lt;) ; modifiez-le là où il est écrit</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no script</source>
        <translation>le job « %1 » n’a pas de script</translation>
    </message>
    <message>
        <source>the script of job &quot;%1&quot; is not written as lines here; edit it in the text</source>
        <translation>le script du job « %1 » n’est pas écrit ici comme des lignes ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>a script line needs a command</source>
        <translation>une ligne de script a besoin d’une commande</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no script; there is no line %2</source>
        <translation>le job « %1 » n’a pas de script ; il n’y a pas de ligne %2</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has %2 script lines; there is no position %3</source>
        <translation>le job « %1 » a %2 lignes de script ; il n’y a pas de position %3</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no script line %2</source>
        <translation>le job « %1 » n’a pas de ligne de script %2</translation>
    </message>
    <message>
        <source>that is the only script line of job &quot;%1&quot;, and GitLab wants one; remove the job instead</source>
        <translation>c’est la seule ligne de script du job « %1 », et GitLab en exige une ; supprimez plutôt le job</translation>
    </message>
    <message>
        <source>script line %1 of job &quot;%2&quot; is not a single line (a list or !reference); edit it in the text</source>
        <translation>la ligne de script %1 du job « %2 » n’est pas une seule ligne (une liste ou !reference) ; modifiez-la dans le texte</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has a single script line</source>
        <translation>le job « %1 » n’a qu’une ligne de script</translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot; to need</source>
        <translation>il n’y a pas de job « %1 » dont dépendre</translation>
    </message>
    <message>
        <source>a job cannot need itself</source>
        <translation>un job ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs in a later stage (%2) than &quot;%3&quot; (%4); GitLab only lets a job need jobs of its own or earlier stages</source>
        <translation>« %1 » s’exécute dans un stage ultérieur (%2) à celui de « %3 » (%4) ; GitLab ne permet à un job de dépendre que de jobs de son stage ou de stages antérieurs</translation>
    </message>
    <message>
        <source>that would make the needs go round in a circle: %1</source>
        <translation>les needs formeraient alors un cycle : %1</translation>
    </message>
</context>
<context>
    <name>gantry::GitLabGraph</name>
    <message>
        <source>when: %1</source>
        <translation>when : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::GitLabIncludes</name>
    <message>
        <source>remote include %1 is not followed; its jobs are not shown</source>
        <translation>l’inclusion distante %1 n’est pas suivie ; ses jobs ne sont pas affichés</translation>
    </message>
    <message>
        <source>only local includes are followed (not project, remote, template or component); its jobs are not shown</source>
        <translation>seules les inclusions locales sont suivies (pas project, remote, template ni component) ; ses jobs ne sont pas affichés</translation>
    </message>
    <message>
        <source>the pipeline includes more than %1 files (nested and repeated includes count too); GitLab refuses it — the limit is set in .gantry/ci.yml (gitlab: max-includes:)</source>
        <translation>le pipeline inclut plus de %1 fichiers (les inclusions imbriquées et répétées comptent aussi) ; GitLab le refuse — la limite se règle dans .gantry/ci.yml (gitlab: max-includes:)</translation>
    </message>
    <message>
        <source>includes are nested more than %1 deep (GitLab&apos;s limit); %2 is not read</source>
        <translation>les inclusions sont imbriquées sur plus de %1 niveaux (la limite de GitLab) ; %2 n’est pas lu</translation>
    </message>
    <message>
        <source>the include %1 is outside the project: GitLab reads local includes from the project only</source>
        <translation>l’inclusion %1 est hors du projet : GitLab ne lit les inclusions locales que dans le projet</translation>
    </message>
    <message>
        <source>include %1 is not read here</source>
        <translation>l’inclusion %1 n’est pas lue ici</translation>
    </message>
    <message>
        <source>cannot read the include %1: %2</source>
        <translation>impossible de lire l’inclusion %1 : %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3 : %4</translation>
    </message>
    <message>
        <source>in %1: </source>
        <translation>dans %1 : </translation>
    </message>
</context>
<context>
    <name>gantry::GitLabParallel</name>
    <message>
        <source>parallel: %1 is more than GitLab allows (at most %2)</source>
        <translation>parallel: %1 dépasse ce que GitLab autorise (au plus %2)</translation>
    </message>
    <message>
        <source>parallel:matrix would create %1 jobs; GitLab allows at most %2</source>
        <translation>parallel:matrix créerait %1 jobs ; GitLab en autorise au plus %2</translation>
    </message>
</context>
<context>
    <name>gantry::GitLabReader</name>
    <message>
        <source>a .gitlab-ci.yml holds a mapping of jobs and keywords</source>
        <translation>un .gitlab-ci.yml contient une table de jobs et de mots-clés</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot; in job &quot;%2&quot;</source>
        <translation>mot-clé inconnu « %1 » dans le job « %2 »</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is in stage &quot;%2&quot;, which is not in stages: %3</source>
        <translation>le job « %1 » est dans le stage « %2 », absent de stages : %3</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which is not a job of this pipeline</source>
        <translation>le job « %1 » dépend de « %2 », qui n’est pas un job de ce pipeline</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; extends &quot;%2&quot;, which is not defined</source>
        <translation>le job « %1 » étend « %2 », qui n’est pas défini</translation>
    </message>
    <message>
        <source>extends goes round in a circle: %1</source>
        <translation>extends tourne en rond : %1</translation>
    </message>
    <message>
        <source>the needs go round in a circle: %1; GitLab refuses the pipeline</source>
        <translation>les needs tournent en rond : %1 ; GitLab refuse le pipeline</translation>
    </message>
</context>
<context>
    <name>gantry::GitTaskRunner</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>gantry::GuardRailConfig</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>impossible à lire : %1</translation>
    </message>
    <message>
        <source>not valid YAML (%1); the guard rails use their defaults</source>
        <translation>YAML invalide (%1) ; les garde-fous utilisent leurs valeurs par défaut</translation>
    </message>
    <message>
        <source>expected a mapping of sections (guards:, protected-branches: …)</source>
        <translation>dictionnaire de sections attendu (guards:, protected-branches: …)</translation>
    </message>
    <message>
        <source>%1 must be a list of strings</source>
        <translation>%1 doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>%1: expected a string</source>
        <translation>%1 : chaîne attendue</translation>
    </message>
    <message>
        <source>max-file-size: expected a size such as 5MB, 512KB or a number of bytes (0: off)</source>
        <translation>max-file-size : taille attendue, comme 5MB, 512KB ou un nombre d’octets (0 : désactivé)</translation>
    </message>
    <message>
        <source>large-commit-lines: expected a whole number of lines (0: off)</source>
        <translation>large-commit-lines : nombre entier de lignes attendu (0 : désactivé)</translation>
    </message>
    <message>
        <source>secrets: expected true, false or a mapping (enabled, paths, patterns, allow)</source>
        <translation>secrets : true, false ou un dictionnaire attendu (enabled, paths, patterns, allow)</translation>
    </message>
    <message>
        <source>secrets.enabled: expected true or false</source>
        <translation>secrets.enabled : true ou false attendu</translation>
    </message>
    <message>
        <source>secrets.patterns: &apos;%1&apos; is not a valid regular expression: %2</source>
        <translation>secrets.patterns : « %1 » n’est pas une expression régulière valide : %2</translation>
    </message>
    <message>
        <source>secrets: unknown setting &apos;%1&apos; (known: enabled, paths, patterns, allow)</source>
        <translation>secrets : paramètre « %1 » inconnu (paramètres connus : enabled, paths, patterns, allow)</translation>
    </message>
    <message>
        <source>protected-branches: expected a list of branch names or a mapping (branches, mode)</source>
        <translation>protected-branches : liste de noms de branches ou dictionnaire attendu (branches, mode)</translation>
    </message>
    <message>
        <source>protected-branches.mode: expected confirm or refuse</source>
        <translation>protected-branches.mode : confirm ou refuse attendu</translation>
    </message>
    <message>
        <source>protected-branches: unknown setting &apos;%1&apos; (known: branches, mode)</source>
        <translation>protected-branches : paramètre « %1 » inconnu (paramètres connus : branches, mode)</translation>
    </message>
    <message>
        <source>guards: expected a mapping (secrets, max-file-size, large-commit-lines, merge, rewrite-published)</source>
        <translation>guards : une table de correspondance est attendue (secrets, max-file-size, large-commit-lines, merge, rewrite-published)</translation>
    </message>
    <message>
        <source>rewrite-published: expected confirm, refuse or off</source>
        <translation>rewrite-published : confirm, refuse ou off attendu</translation>
    </message>
    <message>
        <source>guards: unknown setting &apos;%1&apos; (known: secrets, max-file-size, large-commit-lines, merge, rewrite-published)</source>
        <translation>guards : paramètre inconnu « %1 » (connus : secrets, max-file-size, large-commit-lines, merge, rewrite-published)</translation>
    </message>
    <message>
        <source>merge: expected a mapping (fast-forward-only)</source>
        <translation>merge : une table de correspondance est attendue (fast-forward-only)</translation>
    </message>
    <message>
        <source>merge.fast-forward-only: expected true or false</source>
        <translation>merge.fast-forward-only : true ou false attendu</translation>
    </message>
    <message>
        <source>merge: unknown setting &apos;%1&apos; (known: fast-forward-only)</source>
        <translation>merge : paramètre inconnu « %1 » (connu : fast-forward-only)</translation>
    </message>
</context>
<context>
    <name>gantry::HistoryCommitActions</name>
    <message>
        <source>Checkout This Commit (Detached)</source>
        <translation>Basculer sur ce commit (HEAD détachée)</translation>
    </message>
    <message>
        <source>Create Branch Here…</source>
        <translation>Créer une branche ici…</translation>
    </message>
    <message>
        <source>Create Tag Here…</source>
        <translation>Créer une étiquette ici…</translation>
    </message>
    <message>
        <source>Copy Commit ID</source>
        <translation>Copier l’identifiant du commit</translation>
    </message>
    <message>
        <source>Copy Subject</source>
        <translation>Copier le sujet</translation>
    </message>
    <message>
        <source>Merge into Current Branch</source>
        <translation>Fusionner dans la branche actuelle</translation>
    </message>
    <message>
        <source>Rebase Current Branch onto This…</source>
        <translation>Rebaser la branche actuelle sur celui-ci…</translation>
    </message>
    <message>
        <source>Reset Current Branch to Here…</source>
        <translation>Réinitialiser la branche actuelle ici…</translation>
    </message>
</context>
<context>
    <name>gantry::HistoryModel</name>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>(unreadable commit)</source>
        <translation>(commit illisible)</translation>
    </message>
    <message>
        <source>The author&apos;s date, in your time zone. A row&apos;s tooltip and the commit&apos;s details show the author&apos;s own time and offset.</source>
        <translation>La date de l’auteur, dans votre fuseau horaire. L’infobulle d’une ligne et les détails du commit montrent l’heure de l’auteur et son décalage.</translation>
    </message>
    <message>
        <source>%1 your time
%2 the author&apos;s time</source>
        <translation>%1 chez vous
%2 chez l’auteur</translation>
    </message>
    <message numerus="yes">
        <source>Uncommitted changes (%n)</source>
        <translation>
            <numerusform>Modifications non validées (%n)</numerusform>
            <numerusform>Modifications non validées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed in the working tree or the index, not committed yet. Double-click to stage and commit them.</source>
        <translation>
            <numerusform>%n fichier modifié dans la copie de travail ou l’index, pas encore validé. Double-cliquez pour l’indexer et le valider.</numerusform>
            <numerusform>%n fichiers modifiés dans la copie de travail ou l’index, pas encore validés. Double-cliquez pour les indexer et les valider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::HistoryView</name>
    <message>
        <source>Find Commit…</source>
        <translation>Rechercher un commit…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Impossible de charger l’historique : %1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Commit ID</source>
        <translation>Identifiant du commit</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>What to search</source>
        <translation>Critère de recherche</translation>
    </message>
    <message>
        <source>Find commits</source>
        <translation>Rechercher des commits</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Show only matching commits</source>
        <translation>Afficher uniquement les commits correspondants</translation>
    </message>
    <message>
        <source>Close search (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <source>No repository</source>
        <translation>Aucun dépôt</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n commit(s)</source>
        <translation>
            <numerusform>Chargement… %n commit</numerusform>
            <numerusform>Chargement… %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
<context>
    <name>gantry::HookRunner</name>
    <message>
        <source>the %1 hook could not run: %2</source>
        <translation>le crochet %1 n’a pas pu s’exécuter : %2</translation>
    </message>
    <message>
        <source>the %1 hook was cancelled</source>
        <translation>le crochet %1 a été annulé</translation>
    </message>
    <message>
        <source>the %1 hook took too long and was stopped</source>
        <translation>le crochet %1 a pris trop de temps et a été arrêté</translation>
    </message>
    <message>
        <source>the %1 hook failed (exit code %2)</source>
        <translation>le crochet %1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
</context>
<context>
    <name>gantry::HooksCommand</name>
    <message>
        <source>Install the commit-msg hook running gantry commit-lint.</source>
        <translation>Installer le crochet commit-msg qui exécute gantry commit-lint.</translation>
    </message>
    <message>
        <source>usage: gantry hooks install [-C DIR]</source>
        <translation>usage : gantry hooks install [-C DIR]</translation>
    </message>
    <message>
        <source>installed %1</source>
        <translation>%1 installé</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 mis à jour</translation>
    </message>
    <message>
        <source>installed %1; the existing hook was kept as commit-msg.local and runs first</source>
        <translation>%1 installé ; le crochet existant a été conservé sous le nom commit-msg.local et s’exécute en premier</translation>
    </message>
</context>
<context>
    <name>gantry::HunkHeaderButtons</name>
    <message>
        <source>Stage Hunk</source>
        <translation>Indexer la section</translation>
    </message>
    <message>
        <source>Unstage Hunk</source>
        <translation>Désindexer la section</translation>
    </message>
    <message>
        <source>Discard Hunk…</source>
        <translation>Abandonner la section…</translation>
    </message>
</context>
<context>
    <name>gantry::Identity</name>
    <message>
        <source>invalid identity &apos;%1&apos;</source>
        <translation>identité « %1 » invalide</translation>
    </message>
    <message>
        <source>invalid date format: %1</source>
        <translation>format de date invalide : %1</translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation>le nom ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>« %1 » n’est pas une adresse électronique</translation>
    </message>
    <message>
        <source>no repository to save the identity in</source>
        <translation>aucun dépôt dans lequel enregistrer l’identité</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;</source>
        <translation>impossible d’ouvrir « %1 »</translation>
    </message>
    <message>
        <source>cannot set user.name</source>
        <translation>impossible de définir user.name</translation>
    </message>
    <message>
        <source>cannot set user.email</source>
        <translation>impossible de définir user.email</translation>
    </message>
    <message>
        <source>Author identity unknown</source>
        <translation>Identité de l’auteur inconnue</translation>
    </message>
    <message>
        <source>Committer identity unknown</source>
        <translation>Identité du validateur inconnue</translation>
    </message>
    <message>
        <source>*** Please tell me who you are.

Run

  git config --global user.email &quot;you@example.com&quot;
  git config --global user.name &quot;Your Name&quot;

to set your account&apos;s default identity.
Omit --global to set the identity only in this repository.</source>
        <translation>*** Veuillez me dire qui vous êtes.

Lancez

  git config --global user.email &quot;vous@exemple.com&quot;
  git config --global user.name &quot;Votre Nom&quot;

pour définir l’identité par défaut de votre compte.
Omettez --global pour ne définir l’identité que dans ce dépôt.</translation>
    </message>
</context>
<context>
    <name>gantry::IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Git records a name and an email address in every commit. Tell Gantry which ones to use.</source>
        <translation>Git enregistre un nom et une adresse électronique dans chaque commit. Indiquez à Gantry lesquels utiliser.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Use for &amp;all repositories (global configuration)</source>
        <translation>Utiliser pour &amp;tous les dépôts (configuration globale)</translation>
    </message>
    <message>
        <source>Use for this &amp;repository only</source>
        <translation>Utiliser uniquement pour ce &amp;dépôt</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Saisissez votre adresse électronique.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not look like an email address.</source>
        <translation>« %1 » ne ressemble pas à une adresse électronique.</translation>
    </message>
</context>
<context>
    <name>gantry::IndexAccess</name>
    <message>
        <source>Unable to create &apos;%1/index.lock&apos;: File exists. Another git process seems to be running in this repository; if not, remove that file and try again.</source>
        <translation>Impossible de créer « %1/index.lock » : le fichier existe. Un autre processus git semble être en cours d’exécution dans ce dépôt ; sinon, supprimez ce fichier et réessayez.</translation>
    </message>
    <message>
        <source>pathspec &apos;%1&apos; did not match any files</source>
        <translation>le chemin « %1 » ne correspond à aucun fichier</translation>
    </message>
    <message>
        <source>a bare repository has no working tree to stage from</source>
        <translation>un dépôt nu n’a pas d’arbre de travail depuis lequel indexer</translation>
    </message>
    <message>
        <source>cannot read blob</source>
        <translation>impossible de lire le blob</translation>
    </message>
    <message>
        <source>cannot load the filters for &apos;%1&apos;</source>
        <translation>impossible de charger les filtres de « %1 »</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>impossible de lire « %1 »</translation>
    </message>
    <message>
        <source>cannot convert &apos;%1&apos; for the working tree</source>
        <translation>impossible de convertir « %1 » pour l’arbre de travail</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a binary file: its lines cannot be staged one by one; stage the whole file</source>
        <translation>« %1 » est un fichier binaire : ses lignes ne peuvent pas être indexées une par une ; indexez le fichier entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to pick lines from; stage the whole file</source>
        <translation>« %1 » est trop volumineux pour en choisir des lignes ; indexez le fichier entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has conflicts: resolve them, then stage the whole file</source>
        <translation>« %1 » a des conflits : résolvez-les, puis indexez le fichier entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no changed lines</source>
        <translation>« %1 » n’a aucune ligne modifiée</translation>
    </message>
</context>
<context>
    <name>gantry::LockedIndex</name>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation>impossible de lire l’index</translation>
    </message>
    <message>
        <source>the index is in memory only and cannot be written</source>
        <translation>l’index n’existe qu’en mémoire et ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Unable to create</source>
        <translation>Impossible de créer</translation>
    </message>
    <message>
        <source>cannot read the index &apos;%1&apos;</source>
        <translation>impossible de lire l’index « %1 »</translation>
    </message>
    <message>
        <source>the index lock is not held</source>
        <translation>le verrou de l’index n’est pas détenu</translation>
    </message>
    <message>
        <source>cannot write the index</source>
        <translation>impossible d’écrire l’index</translation>
    </message>
</context>
<context>
    <name>gantry::LogCommand</name>
    <message>
        <source>invalid --pretty format: %1</source>
        <translation>format --pretty invalide : %1</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; requires a value</source>
        <translation>l’option « %1 » nécessite une valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>limiting the log to paths is not supported</source>
        <translation>limiter le journal à des chemins n’est pas pris en charge</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>usage: gantry log [-C DIR] [--all] [--max-count N | -n N] [--graph] [--topo-order] [--oneline]
                  [--format FMT | --pretty=format:FMT] [REV...]

Shows the history in git&apos;s graph order, formatted as git log formats it.
FMT placeholders: %H %h %P %p %T %t %an %ae %ad %at %ai %aI %cn %ce %cd %ct %ci %cI
                  %s %b %B %d %D %n %%
</source>
        <translation>usage : gantry log [-C DIR] [--all] [--max-count N | -n N] [--graph] [--topo-order] [--oneline]
                   [--format FMT | --pretty=format:FMT] [REV...]

Affiche l’historique dans l’ordre du graphe de git, formaté comme le formate git log.
Marqueurs de FMT : %H %h %P %p %T %t %an %ae %ad %at %ai %aI %cn %ce %cd %ct %ci %cI
                   %s %b %B %d %D %n %%
</translation>
    </message>
    <message>
        <source>your current branch &apos;%1&apos; does not have any commits yet</source>
        <translation>votre branche actuelle « %1 » ne contient encore aucun commit</translation>
    </message>
    <message>
        <source>ambiguous argument &apos;%1&apos;: unknown revision or path not in the working tree</source>
        <translation>argument « %1 » ambigu : révision inconnue ou chemin absent de l’arbre de travail</translation>
    </message>
</context>
<context>
    <name>gantry::LooseObjectGuard</name>
    <message>
        <source>cannot start zlib</source>
        <translation>impossible de démarrer zlib</translation>
    </message>
    <message>
        <source>it is not a valid zlib stream</source>
        <translation>ce n’est pas un flux zlib valide</translation>
    </message>
    <message>
        <source>its zlib stream is truncated</source>
        <translation>son flux zlib est tronqué</translation>
    </message>
    <message>
        <source>its header does not match its content</source>
        <translation>son en-tête ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>loose object %1 (stored in %2) is corrupt: %3</source>
        <translation>l’objet libre %1 (stocké dans %2) est corrompu : %3</translation>
    </message>
</context>
<context>
    <name>gantry::MainWindow</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a Git repository (or inside one).</source>
        <translation>%1 n’est pas un dépôt Git (ni à l’intérieur d’un dépôt).</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>&amp;Ouvrir un dépôt…</translation>
    </message>
    <message>
        <source>&amp;Init Repository…</source>
        <translation>&amp;Initialiser un dépôt…</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Cloner…</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in History…</source>
        <translation>&amp;Rechercher dans l’historique…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Show &amp;Side Panel</source>
        <translation>Afficher le panneau &amp;latéral</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Stage All</source>
        <translation>Tout &amp;indexer</translation>
    </message>
    <message>
        <source>&amp;Unstage All</source>
        <translation>Tout &amp;désindexer</translation>
    </message>
    <message>
        <source>New &amp;Branch…</source>
        <translation>Nouvelle &amp;branche…</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>Nouvelle é&amp;tiquette…</translation>
    </message>
    <message>
        <source>St&amp;ash…</source>
        <translation>&amp;Remiser…</translation>
    </message>
    <message>
        <source>&amp;About Gantry</source>
        <translation>À &amp;propos de Gantry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>Dé&amp;pôt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Ouvrir un dépôt</translation>
    </message>
    <message>
        <source>%1 is not a Git repository (or inside one).

%2</source>
        <translation>%1 n’est pas un dépôt Git (ni à l’intérieur d’un dépôt).

%2</translation>
    </message>
    <message>
        <source>Init Repository: choose or create a folder</source>
        <translation>Initialiser un dépôt : choisissez ou créez un dossier</translation>
    </message>
    <message>
        <source>Init Repository</source>
        <translation>Initialiser un dépôt</translation>
    </message>
    <message>
        <source>%1 is a Git repository already; it is opened instead.</source>
        <translation>%1 est déjà un dépôt Git ; il est ouvert à la place.</translation>
    </message>
    <message>
        <source>Could not create a repository in %1.

%2</source>
        <translation>Impossible de créer un dépôt dans %1.

%2</translation>
    </message>
    <message>
        <source>About Gantry</source>
        <translation>À propos de Gantry</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gantry %1&lt;/h3&gt;&lt;p&gt;A desktop client for Git and CI/CD pipelines.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and libgit2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gantry %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour Git et les pipelines CI/CD.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2 et libgit2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>Aucun dépôt récent</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste des dépôts récents</translation>
    </message>
    <message>
        <source>%1 — Gantry</source>
        <translation>%1 — Gantry</translation>
    </message>
    <message>
        <source>Gantry</source>
        <translation>Gantry</translation>
    </message>
    <message>
        <source>Selected Co&amp;mmit</source>
        <translation>Commit &amp;sélectionné</translation>
    </message>
    <message>
        <source>No commit selected</source>
        <translation>Aucun commit sélectionné</translation>
    </message>
    <message>
        <source>Stop the running operation where that is safe</source>
        <translation>Arrêter l’opération en cours lorsque c’est sans danger</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Create &amp;Release…</source>
        <translation>&amp;Créer une version…</translation>
    </message>
    <message>
        <source>Copy a remote repository to this computer and open it</source>
        <translation>Copier un dépôt distant sur cet ordinateur et l’ouvrir</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pipelines</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Download the remote&apos;s new commits, branches and tags (changes no local branch)</source>
        <translation>Télécharger les nouveaux commits, branches et étiquettes du dépôt distant (ne modifie aucune branche locale)</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>&amp;Tirer</translation>
    </message>
    <message>
        <source>Fetch the upstream and fast-forward the branch to it (never a merge commit)</source>
        <translation>Récupérer la branche amont et y avancer rapidement la branche (jamais de commit de fusion)</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>&amp;Pousser…</translation>
    </message>
    <message>
        <source>Send a branch to a remote</source>
        <translation>Envoyer une branche vers un dépôt distant</translation>
    </message>
    <message>
        <source>Remo&amp;te</source>
        <translation>Dépôt dis&amp;tant</translation>
    </message>
    <message>
        <source>Create a branch from HEAD or another start point</source>
        <translation>Créer une branche à partir de HEAD ou d’un autre point de départ</translation>
    </message>
    <message>
        <source>Put the local changes aside and clean the working tree</source>
        <translation>Mettre les modifications locales de côté et nettoyer la copie de travail</translation>
    </message>
    <message>
        <source>Read the repository again: status, branches and history</source>
        <translation>Relire le dépôt : état, branches et historique</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
</context>
<context>
    <name>gantry::MergeCommand</name>
    <message>
        <source>Create a merge commit when the branches have diverged (merges are fast-forward only otherwise).</source>
        <translation>Créer un commit de fusion quand les branches ont divergé (sinon les fusions se font uniquement en avance rapide).</translation>
    </message>
    <message>
        <source>Abort the merge in progress.</source>
        <translation>Abandonner la fusion en cours.</translation>
    </message>
    <message>
        <source>The branch, tag or commit to merge.</source>
        <translation>La branche, l’étiquette ou le commit à fusionner.</translation>
    </message>
    <message>
        <source>--abort takes no revision</source>
        <translation>--abort ne prend pas de révision</translation>
    </message>
    <message>
        <source>expected exactly one revision to merge</source>
        <translation>exactement une révision à fusionner est attendue</translation>
    </message>
    <message>
        <source>(--allow-merge-commit creates one; see guards.merge in %1)</source>
        <translation>(--allow-merge-commit en crée un ; voir guards.merge dans %1)</translation>
    </message>
    <message>
        <source>CONFLICT: merge conflict in %1</source>
        <translation>CONFLIT : conflit de fusion dans %1</translation>
    </message>
</context>
<context>
    <name>gantry::Merger</name>
    <message>
        <source>No revision to merge.</source>
        <translation>Aucune révision à fusionner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation>« %1 » n’est pas un commit</translation>
    </message>
    <message>
        <source>cannot analyse the merge</source>
        <translation>impossible d’analyser la fusion</translation>
    </message>
    <message>
        <source>Your local changes to the following files would be overwritten by merge:
%1
Commit or stash them before you merge.</source>
        <translation>Vos modifications locales aux fichiers suivants seraient écrasées par la fusion :
%1
Validez-les ou remisez-les avant de fusionner.</translation>
    </message>
    <message>
        <source>cannot check out the merged commit</source>
        <translation>impossible d’extraire le commit fusionné</translation>
    </message>
    <message>
        <source>cannot move &apos;%1&apos;</source>
        <translation>impossible de déplacer « %1 »</translation>
    </message>
    <message>
        <source>Fast-forwarded %1 to %2.</source>
        <translation>Avance rapide de %1 jusqu’à %2 effectuée.</translation>
    </message>
    <message>
        <source>Your local changes would be overwritten by the merge (%1). Commit or stash them before you merge.</source>
        <translation>Vos modifications locales seraient écrasées par la fusion (%1). Validez-les ou remisez-les avant de fusionner.</translation>
    </message>
    <message>
        <source>cannot merge &apos;%1&apos;</source>
        <translation>impossible de fusionner « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Automatic merge failed: fix the conflicts in %n file(s), then commit the result (or abort the merge).</source>
        <translation>
            <numerusform>La fusion automatique a échoué : corrigez les conflits dans %n fichier, puis validez le résultat (ou abandonnez la fusion).</numerusform>
            <numerusform>La fusion automatique a échoué : corrigez les conflits dans %n fichiers, puis validez le résultat (ou abandonnez la fusion).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the merged tree</source>
        <translation>impossible d’écrire l’arbre fusionné</translation>
    </message>
    <message>
        <source>cannot create the merge commit</source>
        <translation>impossible de créer le commit de fusion</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (merge commit %3).</source>
        <translation>Fusion de %1 dans %2 effectuée (commit de fusion %3).</translation>
    </message>
    <message>
        <source>%1. Finish or abort it first.</source>
        <translation>%1. Terminez ou abandonnez cette opération d’abord.</translation>
    </message>
    <message>
        <source>A bare repository has no work tree to merge into.</source>
        <translation>Un dépôt nu n’a pas d’arbre de travail dans lequel fusionner.</translation>
    </message>
    <message>
        <source>Resolve the conflicts in the working tree before merging.</source>
        <translation>Résolvez les conflits dans l’arbre de travail avant de fusionner.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Déjà à jour.</translation>
    </message>
    <message>
        <source>%1 and %2 have diverged: they can only be joined by a merge commit, and merges here are fast-forward only. Create a merge commit, or rebase %1 onto %2 first.</source>
        <translation>%1 et %2 ont divergé : ils ne peuvent être réunis que par un commit de fusion, et les fusions ici se font uniquement en avance rapide. Créez un commit de fusion, ou rebasez d’abord %1 sur %2.</translation>
    </message>
    <message>
        <source>There is no merge to abort.</source>
        <translation>Il n’y a aucune fusion à abandonner.</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot reset the index</source>
        <translation>impossible de réinitialiser l’index</translation>
    </message>
    <message>
        <source>cannot restore the files</source>
        <translation>impossible de restaurer les fichiers</translation>
    </message>
    <message>
        <source>cannot leave the merge state</source>
        <translation>impossible de quitter l’état de fusion</translation>
    </message>
</context>
<context>
    <name>gantry::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>gantry::NetworkStream</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>the server at %1 did not answer the connection (nothing for %n s)</source>
        <translation>
            <numerusform>le serveur %1 n’a pas répondu à la connexion (rien pendant %n s)</numerusform>
            <numerusform>le serveur %1 n’a pas répondu à la connexion (rien pendant %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server at %1 stopped answering (no data for %n s)</source>
        <translation>
            <numerusform>le serveur %1 a cessé de répondre (aucune donnée pendant %n s)</numerusform>
            <numerusform>le serveur %1 a cessé de répondre (aucune donnée pendant %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>gantry.networkTimeout is &apos;%1&apos;: give a whole number of seconds (0: no timeout)</source>
        <translation>gantry.networkTimeout vaut « %1 » : indiquez un nombre entier de secondes (0 : pas de délai)</translation>
    </message>
</context>
<context>
    <name>gantry::NewBranchDialog</name>
    <message>
        <source>Start &amp;point:</source>
        <translation>&amp;Point de départ :</translation>
    </message>
    <message>
        <source>&amp;Check out the new branch</source>
        <translation>&amp;Basculer sur la nouvelle branche</translation>
    </message>
    <message>
        <source>New Branch</source>
        <translation>Nouvelle branche</translation>
    </message>
    <message>
        <source>Create Branch</source>
        <translation>Créer la branche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Rename Branch</source>
        <translation>Renommer la branche</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Type a new name for &apos;%1&apos;.</source>
        <translation>Saisissez un nouveau nom pour « %1 ».</translation>
    </message>
    <message>
        <source>Create it &amp;anyway, outside the branch policy</source>
        <translation>La créer &amp;quand même, hors de la politique de branches</translation>
    </message>
    <message>
        <source>feat/123-my-change</source>
        <translation>feat/123-ma-modification</translation>
    </message>
    <message>
        <source>By con&amp;vention</source>
        <translation>Par con&amp;vention</translation>
    </message>
    <message>
        <source>&amp;Free name</source>
        <translation>Nom &amp;libre</translation>
    </message>
    <message>
        <source>optional, e.g. 123</source>
        <translation>facultatif, p. ex. 123</translation>
    </message>
    <message>
        <source>a few words, e.g. Add dark mode</source>
        <translation>quelques mots, p. ex. Ajouter le mode sombre</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>T&amp;icket :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Branch policy: %1</source>
        <translation>Politique de branches : %1</translation>
    </message>
    <message>
        <source>Built from the type, issue and description; choose Free name to type one.</source>
        <translation>Construit à partir du type, du ticket et de la description ; choisissez Nom libre pour en saisir un.</translation>
    </message>
    <message>
        <source>%1/…</source>
        <translation>%1/…</translation>
    </message>
    <message>
        <source>%1 branches start from %2.</source>
        <translation>Les branches %1 partent de %2.</translation>
    </message>
    <message>
        <source>The policy proposes %1 for %2 branches.</source>
        <translation>La politique propose %1 pour les branches %2.</translation>
    </message>
    <message>
        <source>No %1 here to start %2 branches from.</source>
        <translation>Pas de %1 ici d’où faire partir les branches %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2 — pull it first to start from the latest work.</source>
        <translation>
            <numerusform>%1 a %n commit de retard sur %2 — tirez-la d’abord pour partir du travail le plus récent.</numerusform>
            <numerusform>%1 a %n commits de retard sur %2 — tirez-la d’abord pour partir du travail le plus récent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the change in a few words (or give an issue number).</source>
        <translation>Décrivez la modification en quelques mots (ou indiquez un numéro de ticket).</translation>
    </message>
    <message>
        <source>✓ Fits the branch policy (%1).</source>
        <translation>✓ Respecte la politique de branches (%1).</translation>
    </message>
    <message>
        <source>⚠ %1.</source>
        <translation>⚠ %1.</translation>
    </message>
</context>
<context>
    <name>gantry::NewTagDialog</name>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>Le nom d’une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation>« %1 » n’est pas un nom d’étiquette valide.</translation>
    </message>
    <message>
        <source>&amp;Annotated tag (with tagger and message)</source>
        <translation>Étiquette &amp;annotée (avec auteur et message)</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>v1.0.0</source>
        <translation>v1.0.0</translation>
    </message>
    <message>
        <source>Tag message</source>
        <translation>Message de l’étiquette</translation>
    </message>
    <message>
        <source>Create Tag</source>
        <translation>Créer l’étiquette</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>An annotated tag needs a message.</source>
        <translation>Une étiquette annotée nécessite un message.</translation>
    </message>
</context>
<context>
    <name>gantry::NewWorkflowDialog</name>
    <message>
        <source>New Workflow</source>
        <translation>Nouveau workflow</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Workflow &amp;name:</source>
        <translation>&amp;Nom du workflow :</translation>
    </message>
    <message>
        <source>&amp;File (.github/workflows/):</source>
        <translation>&amp;Fichier (.github/workflows/) :</translation>
    </message>
    <message>
        <source>The file name must be letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, ending in .yml or .yaml.</source>
        <translation>Le nom du fichier doit se composer de lettres, de chiffres, de « . », « - » ou « _ », et finir par .yml ou .yaml.</translation>
    </message>
    <message>
        <source>There is already a workflow named %1.</source>
        <translation>Il existe déjà un workflow nommé %1.</translation>
    </message>
    <message>
        <source>Give the workflow a name; GitHub shows it in the Actions tab.</source>
        <translation>Donnez un nom au workflow ; GitHub l’affiche dans l’onglet Actions.</translation>
    </message>
</context>
<context>
    <name>gantry::NextVersionCommand</name>
    <message>
        <source>Make a pre-release with identifier &lt;id&gt; (rc → 1.3.0-rc.0, then rc.1).</source>
        <translation>Créer une préversion avec l’identifiant &lt;id&gt; (rc → 1.3.0-rc.0, puis rc.1).</translation>
    </message>
    <message>
        <source>The revision to release; HEAD when not given.</source>
        <translation>La révision à publier ; HEAD si elle n’est pas indiquée.</translation>
    </message>
    <message>
        <source>only one revision may be given</source>
        <translation>une seule révision peut être fournie</translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;</source>
        <translation>impossible de se placer dans « %1 »</translation>
    </message>
    <message>
        <source>the repository has no commits yet</source>
        <translation>le dépôt ne contient encore aucun commit</translation>
    </message>
    <message>
        <source>nothing to release since %1</source>
        <translation>rien à publier depuis %1</translation>
    </message>
    <message>
        <source>The branch the release is made from (default: REV when it is a branch, else the checked-out branch), as a CI job that checks out a commit gives it.</source>
        <translation>La branche depuis laquelle la version est publiée (par défaut : REV si c’est une branche, sinon la branche extraite), telle qu’un job de CI qui extrait un commit l’indique.</translation>
    </message>
</context>
<context>
    <name>gantry::PartialPatch</name>
    <message>
        <source>&apos;%1&apos; is a binary file: its lines cannot be picked one by one</source>
        <translation>« %1 » est un fichier binaire : ses lignes ne peuvent pas être choisies une par une</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large to pick lines from</source>
        <translation>« %1 » est trop volumineux pour en choisir des lignes</translation>
    </message>
    <message>
        <source>the selected line %1 of hunk %2 is not in the diff of &apos;%3&apos;</source>
        <translation>la ligne sélectionnée %1 de la section %2 n’est pas dans le diff de « %3 »</translation>
    </message>
    <message>
        <source>no added or removed line of &apos;%1&apos; is selected</source>
        <translation>aucune ligne ajoutée ou supprimée de « %1 » n’est sélectionnée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed since its diff was shown; refresh and try again</source>
        <translation>« %1 » a changé depuis l’affichage de son diff ; actualisez et réessayez</translation>
    </message>
</context>
<context>
    <name>gantry::PipelineEditActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 dépend de %2</translation>
    </message>
    <message>
        <source>%1 no longer needs %2</source>
        <translation>%1 ne dépend plus de %2</translation>
    </message>
    <message>
        <source>Remove job %1</source>
        <translation>Supprimer le job %1</translation>
    </message>
    <message>
        <source>Rename Job</source>
        <translation>Renommer le job</translation>
    </message>
    <message>
        <source>New id for job %1:</source>
        <translation>Nouvel id pour le job %1 :</translation>
    </message>
    <message>
        <source>Rename job %1</source>
        <translation>Renommer le job %1</translation>
    </message>
    <message>
        <source>Add Job</source>
        <translation>Ajouter un job</translation>
    </message>
    <message>
        <source>Job id:</source>
        <translation>Id du job :</translation>
    </message>
    <message>
        <source>Add job %1</source>
        <translation>Ajouter le job %1</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Command to run in job %1 (or an action as uses: owner/repo@ref):</source>
        <translation>Commande à exécuter dans le job %1 (ou une action sous la forme uses: owner/repo@ref) :</translation>
    </message>
    <message>
        <source>Add a step to %1</source>
        <translation>Ajouter une étape à %1</translation>
    </message>
    <message>
        <source>Move a step of %1</source>
        <translation>Déplacer une étape de %1</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Exécuteur</translation>
    </message>
    <message>
        <source>runs-on for job %1 (labels, comma-separated):</source>
        <translation>runs-on du job %1 (étiquettes, séparées par des virgules) :</translation>
    </message>
    <message>
        <source>Runner of %1</source>
        <translation>Exécuteur de %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Environment of job %1 (development, test, staging, production…):</source>
        <translation>Environnement du job %1 (development, test, staging, production…) :</translation>
    </message>
    <message>
        <source>Environment of %1</source>
        <translation>Environnement de %1</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Axes of job %1, one per line as NAME: VALUE, VALUE (include and exclude stay as written):</source>
        <translation>Axes du job %1, un par ligne sous la forme NOM: VALEUR, VALEUR (include et exclude restent tels quels) :</translation>
    </message>
    <message>
        <source>Matrix of %1</source>
        <translation>Matrice de %1</translation>
    </message>
    <message>
        <source>Matrix: &quot;%1&quot; is not NAME: VALUE, VALUE</source>
        <translation>Matrice : « %1 » n’est pas de la forme NOM: VALEUR, VALEUR</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Schedule: %1 (UTC)</source>
        <translation>Planification : %1 (UTC)</translation>
    </message>
    <message>
        <source>Inputs of workflow_dispatch</source>
        <translation>Entrées de workflow_dispatch</translation>
    </message>
    <message>
        <source>Filters of %1</source>
        <translation>Filtres de %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 de %2</translation>
    </message>
    <message>
        <source>Edit step %1 of %2</source>
        <translation>Modifier l’étape %1 de %2</translation>
    </message>
    <message>
        <source>%1: the text changed while the edit was made; nothing was changed, try again</source>
        <translation>%1 : le texte a changé pendant la modification ; rien n’a été modifié, réessayez</translation>
    </message>
    <message>
        <source>Add Script Line</source>
        <translation>Ajouter une ligne de script</translation>
    </message>
    <message>
        <source>Command to add to the script of job %1:</source>
        <translation>Commande à ajouter au script du job %1 :</translation>
    </message>
    <message>
        <source>Add a script line to %1</source>
        <translation>Ajouter une ligne de script à %1</translation>
    </message>
    <message>
        <source>Move a script line of %1</source>
        <translation>Déplacer une ligne de script de %1</translation>
    </message>
    <message>
        <source>Stage of job %1:</source>
        <translation>Stage du job %1 :</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation>Stage de %1</translation>
    </message>
    <message>
        <source>Script Line</source>
        <translation>Ligne de script</translation>
    </message>
    <message>
        <source>Line %1 of the script of job %2:</source>
        <translation>Ligne %1 du script du job %2 :</translation>
    </message>
    <message>
        <source>Script of %1</source>
        <translation>Script de %1</translation>
    </message>
    <message>
        <source>Remove a script line of %1</source>
        <translation>Supprimer une ligne de script de %1</translation>
    </message>
    <message>
        <source>Remove a step of %1</source>
        <translation>Supprimer une étape de %1</translation>
    </message>
    <message>
        <source>Stage of job %1 (type a name for a new stage):</source>
        <translation>Stage du job %1 (tapez un nom pour un nouveau stage) :</translation>
    </message>
</context>
<context>
    <name>gantry::PipelinesTab</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add Job…</source>
        <translation>Ajouter un job…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>No workflow files here yet: GitHub Actions reads .github/workflows/*.yml, GitLab CI reads .gitlab-ci.yml.</source>
        <translation>Pas encore de fichier de workflow ici : GitHub Actions lit .github/workflows/*.yml, GitLab CI lit .gitlab-ci.yml.</translation>
    </message>
    <message>
        <source>Unsaved Changes Found</source>
        <translation>Modifications non enregistrées trouvées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes from an earlier session. Restore them?</source>
        <translation>%1 contient des modifications non enregistrées d’une session précédente. Les restaurer ?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>This workflow has no triggers or jobs yet.</source>
        <translation>Ce workflow n’a encore ni déclencheur ni job.</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Le graphe n’a pas pu être disposé : %1</translation>
    </message>
    <message>
        <source>New Workflow…</source>
        <translation>Nouveau workflow…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written.</source>
        <translation>%1 existe déjà ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>This pipeline has no jobs yet.</source>
        <translation>Ce pipeline n’a pas encore de job.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Show or fold away the list of workflow files</source>
        <translation>Afficher ou replier la liste des fichiers de workflow</translation>
    </message>
    <message>
        <source>No workflow files yet. New Workflow… makes one.</source>
        <translation>Pas encore de fichier de workflow. Nouveau workflow… en crée un.</translation>
    </message>
    <message>
        <source>%1 (deleted on disk)</source>
        <translation>%1 (supprimé du disque)</translation>
    </message>
    <message>
        <source>%1 — deleted on disk</source>
        <translation>%1 — supprimé du disque</translation>
    </message>
    <message>
        <source>No findings: the file is valid.</source>
        <translation>Aucun problème : le fichier est valide.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>The graph&apos;s zoom; click for 100%</source>
        <translation>Le zoom du graphe ; cliquer pour 100&#x202f;%</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>gantry::PublishedHistory</name>
    <message>
        <source>cannot read branch &apos;%1&apos;</source>
        <translation>impossible de lire la branche « %1 »</translation>
    </message>
    <message>
        <source>cannot read the upstream of &apos;%1&apos;</source>
        <translation>impossible de lire la branche amont de « %1 »</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>impossible de lire « %1 »</translation>
    </message>
    <message>
        <source>cannot compare with &apos;%1&apos;</source>
        <translation>impossible de comparer avec « %1 »</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>impossible de parcourir l’historique</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would rewrite %n commit(s) already on %2 (published history):
%3
Pushing afterwards would need --force-with-lease, and other clones would diverge. Allow rewriting published history to go ahead anyway.</source>
        <translation>
            <numerusform>%1 réécrirait %n commit déjà sur %2 (historique publié) :
%3
Pousser ensuite nécessiterait --force-with-lease, et les autres clones divergeraient. Autorisez la réécriture de l’historique publié pour continuer malgré tout.</numerusform>
            <numerusform>%1 réécrirait %n commits déjà sur %2 (historique publié) :
%3
Pousser ensuite nécessiterait --force-with-lease, et les autres clones divergeraient. Autorisez la réécriture de l’historique publié pour continuer malgré tout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Pull</name>
    <message>
        <source>HEAD is not on a branch: check out a branch to pull</source>
        <translation>HEAD n’est pas sur une branche : basculez sur une branche pour tirer</translation>
    </message>
    <message>
        <source>%1 has no upstream: push it with &quot;set upstream&quot; first, or set one</source>
        <translation>%1 n’a pas de branche amont : poussez-la d’abord avec « définir la branche amont », ou définissez-en une</translation>
    </message>
    <message>
        <source>%1 follows the local branch %2: there is nothing to fetch</source>
        <translation>%1 suit la branche locale %2 : il n’y a rien à récupérer</translation>
    </message>
</context>
<context>
    <name>gantry::PullCommand</name>
    <message>
        <source>pull takes no arguments: it pulls the current branch&apos;s upstream</source>
        <translation>pull ne prend aucun argument : il tire la branche amont de la branche courante</translation>
    </message>
    <message>
        <source>fetched, not merged: %1 Merge it (gantry merge %2) or rebase it (gantry rebase %2).</source>
        <translation>récupéré, non fusionné : %1 Fusionnez-la (gantry merge %2) ou rebasez-la (gantry rebase %2).</translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation>Déjà à jour avec %1.</translation>
    </message>
    <message>
        <source>cancelled: nothing was fetched or merged</source>
        <translation>annulé : rien n’a été récupéré ni fusionné</translation>
    </message>
</context>
<context>
    <name>gantry::PullController</name>
    <message>
        <source>Pulling…</source>
        <translation>Tirage…</translation>
    </message>
    <message>
        <source>Pull cancelled.</source>
        <translation>Tirage annulé.</translation>
    </message>
    <message>
        <source>Pull failed: %1</source>
        <translation>Échec du tirage : %1</translation>
    </message>
    <message>
        <source>Fetched, but not merged: %1 Pull only fast-forwards.</source>
        <translation>Récupéré, mais pas fusionné : %1 Le tirage ne fait que des avances rapides.</translation>
    </message>
    <message>
        <source>Rebase onto %1</source>
        <translation>Rebaser sur %1</translation>
    </message>
    <message>
        <source>Pulled: already up to date with %1.</source>
        <translation>Tiré : déjà à jour avec %1.</translation>
    </message>
    <message>
        <source>Pulled: %1</source>
        <translation>Tiré : %1</translation>
    </message>
</context>
<context>
    <name>gantry::PushCommand</name>
    <message>
        <source>Allow a rewrite, only if the remote branch is still where its remote-tracking branch says.</source>
        <translation>Autoriser une réécriture, seulement si la branche distante est toujours là où l’indique sa branche de suivi distante.</translation>
    </message>
    <message>
        <source>Make the pushed branch the upstream of the local one.</source>
        <translation>Faire de la branche poussée la branche amont de la branche locale.</translation>
    </message>
    <message>
        <source>Push to a protected branch (confirm mode; refuse mode always refuses).</source>
        <translation>Pousser vers une branche protégée (mode confirm ; le mode refuse refuse toujours).</translation>
    </message>
    <message>
        <source>The remote (default: the upstream&apos;s, or origin).</source>
        <translation>Le dépôt distant (par défaut : celui de la branche amont, ou origin).</translation>
    </message>
    <message>
        <source>The branch to push, or LOCAL:REMOTE (default: the current branch).</source>
        <translation>La branche à pousser, ou LOCALE:DISTANTE (par défaut : la branche actuelle).</translation>
    </message>
    <message>
        <source>there is no --force; use --force-with-lease</source>
        <translation>il n’y a pas de --force ; utilisez --force-with-lease</translation>
    </message>
    <message>
        <source>push takes one remote and one branch</source>
        <translation>push prend un dépôt distant et une branche</translation>
    </message>
    <message>
        <source>deleting remote branches is not supported (&apos;%1&apos;)</source>
        <translation>la suppression de branches distantes n’est pas prise en charge (« %1 »)</translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses pushes to it (protected-branches in %2); push a branch and open a merge request instead</source>
        <translation>%1 est protégée : ce dépôt refuse les poussées vers elle (protected-branches dans %2) ; poussez une branche et ouvrez plutôt une demande de fusion</translation>
    </message>
    <message>
        <source>%1 is protected (protected-branches in %2): not pushed; pass --allow-protected to push to it anyway</source>
        <translation>%1 est protégée (protected-branches dans %2) : non poussée ; passez --allow-protected pour la pousser quand même</translation>
    </message>
    <message>
        <source>hint: &apos;gantry fetch&apos;, then merge or rebase; to replace the remote commits on purpose use --force-with-lease</source>
        <translation>astuce : « gantry fetch », puis fusionnez ou rebasez ; pour remplacer volontairement les commits distants, utilisez --force-with-lease</translation>
    </message>
    <message>
        <source>Everything up-to-date (%1 on %2)</source>
        <translation>Tout est à jour (%1 sur %2)</translation>
    </message>
    <message>
        <source>[new branch]</source>
        <translation>[nouvelle branche]</translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; set up to track &apos;%2/%3&apos;.</source>
        <translation>la branche « %1 » est paramétrée pour suivre « %2/%3 ».</translation>
    </message>
    <message>
        <source>cancelled: nothing was sent</source>
        <translation>annulé : rien n’a été envoyé</translation>
    </message>
</context>
<context>
    <name>gantry::PushDialog</name>
    <message>
        <source>Set as &amp;upstream of the local branch</source>
        <translation>Définir comme branche &amp;amont de la branche locale</translation>
    </message>
    <message>
        <source>Force with &amp;lease</source>
        <translation>&amp;Forcer avec bail</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pousser</translation>
    </message>
    <message>
        <source>same name as the local branch</source>
        <translation>même nom que la branche locale</translation>
    </message>
    <message>
        <source>Replaces the remote branch even when it is not a fast-forward (after an amend or a rebase), but only if it is still where you last fetched it. If someone else pushed meanwhile, nothing is pushed: fetch and look at their commits first.</source>
        <translation>Remplace la branche distante même si ce n’est pas une avance rapide (après une correction ou un rebasage), mais seulement si elle est toujours là où vous l’avez récupérée la dernière fois. Si quelqu’un d’autre a poussé entre-temps, rien n’est poussé : récupérez et examinez d’abord ses commits.</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Pousser</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branche :</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>Dépôt &amp;distant :</translation>
    </message>
    <message>
        <source>Remote b&amp;ranch:</source>
        <translation>B&amp;ranche distante :</translation>
    </message>
</context>
<context>
    <name>gantry::PushGuard</name>
    <message>
        <source>cannot count commits</source>
        <translation>impossible de compter les commits</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>impossible de lire « %1 »</translation>
    </message>
</context>
<context>
    <name>gantry::RebaseCommand</name>
    <message>
        <source>CONFLICT: merge conflict in %1</source>
        <translation>CONFLIT : conflit de fusion dans %1</translation>
    </message>
    <message>
        <source>Go ahead even when commits already on the upstream are rewritten.</source>
        <translation>Continuer même si des commits déjà sur la branche amont sont réécrits.</translation>
    </message>
    <message>
        <source>Continue a rebase stopped at a conflict, once it is resolved and staged.</source>
        <translation>Poursuivre un rebasage arrêté sur un conflit, une fois celui-ci résolu et indexé.</translation>
    </message>
    <message>
        <source>Abort the rebase and restore the branch.</source>
        <translation>Abandonner le rebasage et restaurer la branche.</translation>
    </message>
    <message>
        <source>The revision to replay the branch onto.</source>
        <translation>La révision sur laquelle rejouer la branche.</translation>
    </message>
    <message>
        <source>--continue and --abort cannot be combined</source>
        <translation>--continue et --abort ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--continue and --abort take no revision</source>
        <translation>--continue et --abort ne prennent pas de révision</translation>
    </message>
    <message>
        <source>expected exactly one revision to rebase onto</source>
        <translation>exactement une révision sur laquelle rebaser est attendue</translation>
    </message>
    <message>
        <source>(--allow-rewrite; see guards.rewrite-published in %1)</source>
        <translation>(--allow-rewrite ; voir guards.rewrite-published dans %1)</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n published commit(s) rewritten; pushing now needs --force-with-lease</source>
        <translation>
            <numerusform>avertissement : %n commit publié réécrit ; pousser nécessite maintenant --force-with-lease</numerusform>
            <numerusform>avertissement : %n commits publiés réécrits ; pousser nécessite maintenant --force-with-lease</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Rebaser</name>
    <message>
        <source>cannot read the status</source>
        <translation>impossible de lire l’état</translation>
    </message>
    <message>
        <source>Cannot rebase: you have uncommitted changes. Commit or stash them first.</source>
        <translation>Impossible de rebaser : vous avez des modifications non validées. Validez-les ou remisez-les d’abord.</translation>
    </message>
    <message>
        <source>cannot commit the rebased change</source>
        <translation>impossible de valider la modification rebasée</translation>
    </message>
    <message>
        <source>Resolve the conflicts (and stage the result) before continuing:
%1</source>
        <translation>Résolvez les conflits (et indexez le résultat) avant de poursuivre :
%1</translation>
    </message>
    <message numerus="yes">
        <source>Could not apply %1: fix the conflicts in %n file(s), stage them and continue (or abort the rebase).</source>
        <translation>
            <numerusform>Impossible d’appliquer %1 : corrigez les conflits dans %n fichier, indexez-les et poursuivez (ou abandonnez le rebasage).</numerusform>
            <numerusform>Impossible d’appliquer %1 : corrigez les conflits dans %n fichiers, indexez-les et poursuivez (ou abandonnez le rebasage).</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rebase</source>
        <translation>impossible de rebaser</translation>
    </message>
    <message>
        <source>cannot finish the rebase</source>
        <translation>impossible de terminer le rebasage</translation>
    </message>
    <message>
        <source>Successfully rebased and updated %1.</source>
        <translation>Rebasage réussi et mise à jour de %1.</translation>
    </message>
    <message>
        <source>The branch has no commit yet: there is nothing to rebase.</source>
        <translation>La branche n’a pas encore de commit : il n’y a rien à rebaser.</translation>
    </message>
    <message>
        <source>No revision to rebase onto.</source>
        <translation>Aucune révision sur laquelle rebaser.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation>« %1 » n’est pas un commit</translation>
    </message>
    <message>
        <source>cannot find where %1 and %2 meet</source>
        <translation>impossible de trouver où %1 et %2 se rejoignent</translation>
    </message>
    <message>
        <source>Current branch %1 is up to date.</source>
        <translation>La branche actuelle %1 est à jour.</translation>
    </message>
    <message>
        <source>A bare repository has no work tree to rebase in.</source>
        <translation>Un dépôt nu n’a pas d’arbre de travail dans lequel rebaser.</translation>
    </message>
    <message>
        <source>Rebasing %1 onto %2</source>
        <translation>Rebasage de %1 sur %2</translation>
    </message>
    <message>
        <source>cannot start the rebase</source>
        <translation>impossible de démarrer le rebasage</translation>
    </message>
    <message>
        <source>There is no rebase to continue</source>
        <translation>Il n’y a aucun rebasage à poursuivre</translation>
    </message>
    <message>
        <source>There is no rebase to abort</source>
        <translation>Il n’y a aucun rebasage à abandonner</translation>
    </message>
    <message>
        <source>cannot abort the rebase</source>
        <translation>impossible d’abandonner le rebasage</translation>
    </message>
</context>
<context>
    <name>gantry::RefsController</name>
    <message>
        <source>Reading branches and tags…</source>
        <translation>Lecture des branches et des étiquettes…</translation>
    </message>
    <message>
        <source>Checking out %1…</source>
        <translation>Basculement sur %1…</translation>
    </message>
    <message>
        <source>Stash and Switch</source>
        <translation>Remiser et basculer</translation>
    </message>
    <message>
        <source>Stashing and checking out %1…</source>
        <translation>Remisage et basculement sur %1…</translation>
    </message>
    <message>
        <source>Creating branch %1…</source>
        <translation>Création de la branche %1…</translation>
    </message>
    <message>
        <source>Created branch %1.</source>
        <translation>Branche %1 créée.</translation>
    </message>
    <message>
        <source>Switch to It</source>
        <translation>Basculer dessus</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>Saisissez le nouveau nom.</translation>
    </message>
    <message>
        <source>Renaming branch %1…</source>
        <translation>Renommage de la branche %1…</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renommée en %2.</translation>
    </message>
    <message>
        <source>Deleting a branch on a remote comes with the remotes feature; %1 was left alone.</source>
        <translation>La suppression d’une branche sur un dépôt distant arrivera avec la gestion des dépôts distants ; %1 n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Deleting branch %1…</source>
        <translation>Suppression de la branche %1…</translation>
    </message>
    <message>
        <source>Delete Branch</source>
        <translation>Supprimer la branche</translation>
    </message>
    <message>
        <source>%1 is not fully merged. Delete it anyway? You can undo this afterwards.</source>
        <translation>%1 n’est pas entièrement fusionnée. La supprimer quand même ? Vous pourrez annuler cette opération ensuite.</translation>
    </message>
    <message>
        <source>Deleted branch %1.</source>
        <translation>Branche %1 supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restoring branch %1…</source>
        <translation>Restauration de la branche %1…</translation>
    </message>
    <message>
        <source>Setting the upstream of %1…</source>
        <translation>Définition de la branche amont de %1…</translation>
    </message>
    <message>
        <source>%1 now tracks %2.</source>
        <translation>%1 suit désormais %2.</translation>
    </message>
    <message>
        <source>Removing the upstream of %1…</source>
        <translation>Suppression de la branche amont de %1…</translation>
    </message>
    <message>
        <source>%1 no longer tracks a branch.</source>
        <translation>%1 ne suit plus aucune branche.</translation>
    </message>
    <message>
        <source>Creating tag %1…</source>
        <translation>Création de l’étiquette %1…</translation>
    </message>
    <message>
        <source>Created tag %1.</source>
        <translation>Étiquette %1 créée.</translation>
    </message>
    <message>
        <source>Deleting tag %1…</source>
        <translation>Suppression de l’étiquette %1…</translation>
    </message>
    <message>
        <source>Deleted tag %1.</source>
        <translation>Étiquette %1 supprimée.</translation>
    </message>
    <message>
        <source>Restoring tag %1…</source>
        <translation>Restauration de l’étiquette %1…</translation>
    </message>
    <message>
        <source>Stashing changes…</source>
        <translation>Remisage des modifications…</translation>
    </message>
    <message>
        <source>Changes stashed as stash@{0}.</source>
        <translation>Modifications remisées dans stash@{0}.</translation>
    </message>
    <message>
        <source>Popping stash@{%1}…</source>
        <translation>Application et suppression de stash@{%1}…</translation>
    </message>
    <message>
        <source>Applying stash@{%1}…</source>
        <translation>Application de stash@{%1}…</translation>
    </message>
    <message>
        <source>stash@{%1} was applied with conflicts in: %2. The stash was kept.</source>
        <translation>stash@{%1} a été appliquée avec des conflits dans : %2. La remise a été conservée.</translation>
    </message>
    <message>
        <source>Applied and dropped stash@{%1}.</source>
        <translation>stash@{%1} appliquée et supprimée.</translation>
    </message>
    <message>
        <source>Applied stash@{%1}.</source>
        <translation>stash@{%1} appliquée.</translation>
    </message>
    <message>
        <source>Dropping stash@{%1}…</source>
        <translation>Abandon de stash@{%1}…</translation>
    </message>
    <message>
        <source>Dropped stash@{%1}.</source>
        <translation>stash@{%1} abandonnée.</translation>
    </message>
    <message>
        <source>Restoring the stash…</source>
        <translation>Restauration de la remise…</translation>
    </message>
    <message>
        <source>Stash restored.</source>
        <translation>Remise restaurée.</translation>
    </message>
    <message>
        <source>Checkout of %1 cancelled; nothing was changed.</source>
        <translation>Basculement sur %1 annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Checkout of %1 cancelled; your changes are where they were.</source>
        <translation>Basculement sur %1 annulé ; vos modifications sont restées en place.</translation>
    </message>
    <message>
        <source>Stash cancelled; nothing was changed.</source>
        <translation>Remisage annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Applying stash@{%1} cancelled; nothing was changed.</source>
        <translation>Application de stash@{%1} annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Created branch %1, outside the branch policy.</source>
        <translation>Branche %1 créée, hors de la politique de branches.</translation>
    </message>
</context>
<context>
    <name>gantry::RefsModel</name>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Remotes</source>
        <translation>Dépôts distants</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Stashes</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
    </message>
    <message>
        <source>Upstream %1 is gone</source>
        <translation>La branche amont %1 a disparu</translation>
    </message>
    <message numerus="yes">
        <source>Tracks %1: %n commit(s) ahead</source>
        <translation>
            <numerusform>Suit %1 : %n commit d’avance</numerusform>
            <numerusform>Suit %1 : %n commits d’avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n behind</source>
        <translation>
            <numerusform>%n de retard</numerusform>
            <numerusform>%n de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Extraite</translation>
    </message>
    <message>
        <source>Tagged by %1 on %2</source>
        <translation>Étiquetée par %1 le %2</translation>
    </message>
    <message>
        <source>No branches yet</source>
        <translation>Aucune branche pour l’instant</translation>
    </message>
    <message>
        <source>No remotes</source>
        <translation>Aucun dépôt distant</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>No stashes</source>
        <translation>Aucune remise</translation>
    </message>
    <message>
        <source>WIP: %1 · on %2</source>
        <translation>WIP : %1 · sur %2</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · sur %2</translation>
    </message>
</context>
<context>
    <name>gantry::RefsPanel</name>
    <message>
        <source>Filter branches, tags, stashes</source>
        <translation>Filtrer les branches, étiquettes et remises</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Basculer</translation>
    </message>
    <message>
        <source>New Branch from Here…</source>
        <translation>Nouvelle branche à partir d’ici…</translation>
    </message>
    <message>
        <source>Create Tag Here…</source>
        <translation>Créer une étiquette ici…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Set Upstream…</source>
        <translation>Définir la branche amont…</translation>
    </message>
    <message>
        <source>Unset Upstream</source>
        <translation>Supprimer la branche amont</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Checkout (Detached)</source>
        <translation>Basculer (HEAD détachée)</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Pop</source>
        <translation>Appliquer et supprimer</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>New Branch…</source>
        <translation>Nouvelle branche…</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>Stash Changes…</source>
        <translation>Remiser les modifications…</translation>
    </message>
    <message>
        <source>Create Release…</source>
        <translation>Créer une version…</translation>
    </message>
    <message>
        <source>Merge into Current Branch</source>
        <translation>Fusionner dans la branche actuelle</translation>
    </message>
    <message>
        <source>Rebase Current Branch onto This…</source>
        <translation>Rebaser la branche actuelle sur celle-ci…</translation>
    </message>
    <message>
        <source>Reset Current Branch to Here…</source>
        <translation>Réinitialiser la branche actuelle ici…</translation>
    </message>
    <message>
        <source>No branch, tag or stash matches “%1”</source>
        <translation>Aucune branche, étiquette ou remise ne correspond à « %1 »</translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseAnalyzer</name>
    <message>
        <source>the repository is shallow: history stops at its edge, so older version tags may not be seen (run &apos;git fetch --unshallow&apos;)</source>
        <translation>le dépôt est superficiel : l’historique s’arrête à sa limite, des étiquettes de version plus anciennes peuvent donc ne pas être vues (lancez « git fetch --unshallow »)</translation>
    </message>
    <message>
        <source>start history walk</source>
        <translation>démarrer le parcours de l’historique</translation>
    </message>
    <message>
        <source>walk the history</source>
        <translation>parcourir l’historique</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pre-release identifier</source>
        <translation>« %1 » n’est pas un identifiant de préversion valide</translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseBranches</name>
    <message>
        <source>&apos;branches&apos; must be a list of branch names or {name, prerelease, range}</source>
        <translation>« branches » doit être une liste de noms de branches ou de {name, prerelease, range}</translation>
    </message>
    <message>
        <source>&apos;prerelease&apos; must be true, false or a pre-release identifier such as rc</source>
        <translation>« prerelease » doit valoir true, false ou un identifiant de préversion tel que rc</translation>
    </message>
    <message>
        <source>&apos;range&apos; must be a maintenance range such as 1.x or 1.2.x</source>
        <translation>« range » doit être une plage de maintenance telle que 1.x ou 1.2.x</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a release branch</source>
        <translation>clé « %1 » inconnue dans une branche de publication</translation>
    </message>
    <message>
        <source>each release branch needs a &apos;name&apos;</source>
        <translation>chaque branche de publication nécessite un « name »</translation>
    </message>
    <message>
        <source>each release branch is a name or {name, prerelease, range}</source>
        <translation>chaque branche de publication est un nom ou un {name, prerelease, range}</translation>
    </message>
    <message>
        <source>&apos;branches&apos; lists no release branch; the defaults are used</source>
        <translation>« branches » ne liste aucune branche de publication ; les valeurs par défaut sont utilisées</translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseConfig</name>
    <message>
        <source>could not read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file must be a mapping of sections</source>
        <translation>le fichier doit être un dictionnaire de sections</translation>
    </message>
    <message>
        <source>&apos;versions&apos; must be a mapping</source>
        <translation>« versions » doit être un dictionnaire</translation>
    </message>
    <message>
        <source>&apos;pre-major&apos; must be true or false</source>
        <translation>« pre-major » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;initial&apos; must be a semantic version such as 0.1.0</source>
        <translation>« initial » doit être une version sémantique telle que 0.1.0</translation>
    </message>
    <message>
        <source>&apos;tag-prefix&apos; must be &quot;v&quot; or &quot;&quot;</source>
        <translation>« tag-prefix » doit valoir &quot;v&quot; ou &quot;&quot;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;versions&apos;</source>
        <translation>clé « %1 » inconnue dans « versions »</translation>
    </message>
    <message>
        <source>&apos;changelog&apos; must be a mapping</source>
        <translation>« changelog » doit être un dictionnaire</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;changelog&apos;</source>
        <translation>clé « %1 » inconnue dans « changelog »</translation>
    </message>
    <message>
        <source>&apos;types&apos; must be a list of {type, section, hidden}</source>
        <translation>« types » doit être une liste de {type, section, hidden}</translation>
    </message>
    <message>
        <source>each entry of &apos;types&apos; needs a &apos;type&apos;</source>
        <translation>chaque entrée de « types » nécessite un « type »</translation>
    </message>
    <message>
        <source>&apos;hidden&apos; must be true or false</source>
        <translation>« hidden » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;release&apos; must be a mapping</source>
        <translation>« release » doit être un dictionnaire</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in &apos;release&apos;</source>
        <translation>clé « %1 » inconnue dans « release »</translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseController</name>
    <message>
        <source>Computing the next version…</source>
        <translation>Calcul de la prochaine version…</translation>
    </message>
    <message>
        <source>There is nothing to release: the repository has no commits yet.</source>
        <translation>Il n’y a rien à publier : le dépôt ne contient encore aucun commit.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s), no version tag yet: a first release.</source>
        <translation>
            <numerusform>%n commit, pas encore d’étiquette de version : une première version.</numerusform>
            <numerusform>%n commits, pas encore d’étiquette de version : une première version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) since %1: a %2 release.</source>
        <translation>
            <numerusform>%n commit depuis %1 : une version de type %2.</numerusform>
            <numerusform>%n commits depuis %1 : une version de type %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing since %1 calls for a release (only commits such as docs or chore); you can still enter a version.</source>
        <translation>Rien depuis %1 ne justifie une version (seulement des commits tels que docs ou chore) ; vous pouvez tout de même saisir une version.</translation>
    </message>
    <message>
        <source>Creating release %1…</source>
        <translation>Création de la version %1…</translation>
    </message>
    <message>
        <source>The release was not created: %1</source>
        <translation>La version n’a pas été créée : %1</translation>
    </message>
    <message>
        <source>Created release %1.</source>
        <translation>Version %1 créée.</translation>
    </message>
    <message>
        <source>Created release %1 and committed CHANGELOG.md.</source>
        <translation>Version %1 créée et CHANGELOG.md validé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undoing release %1…</source>
        <translation>Annulation de la version %1…</translation>
    </message>
    <message>
        <source>Release %1 undone.</source>
        <translation>Version %1 annulée.</translation>
    </message>
    <message>
        <source>No release can be made from here.</source>
        <translation>Aucune version ne peut être publiée d’ici.</translation>
    </message>
    <message>
        <source>Create the release from %1.</source>
        <translation>Créez la version depuis %1.</translation>
    </message>
    <message>
        <source>No release can be made from %1 now.</source>
        <translation>Aucune version ne peut être publiée depuis %1 pour l’instant.</translation>
    </message>
</context>
<context>
    <name>gantry::ReleaseCreator</name>
    <message>
        <source>read HEAD</source>
        <translation>lire HEAD</translation>
    </message>
    <message>
        <source>compare the index with HEAD</source>
        <translation>comparer l’index avec HEAD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a semantic version</source>
        <translation>« %1 » n’est pas une version sémantique</translation>
    </message>
    <message>
        <source>a bare repository has no CHANGELOG.md to update</source>
        <translation>un dépôt nu n’a pas de CHANGELOG.md à mettre à jour</translation>
    </message>
    <message>
        <source>there are staged changes; commit or unstage them before committing the changelog</source>
        <translation>il y a des modifications indexées ; validez-les ou désindexez-les avant de valider le journal des modifications</translation>
    </message>
    <message>
        <source>could not read CHANGELOG.md: %1</source>
        <translation>impossible de lire CHANGELOG.md : %1</translation>
    </message>
    <message>
        <source>could not write CHANGELOG.md: %1</source>
        <translation>impossible d’écrire CHANGELOG.md : %1</translation>
    </message>
    <message>
        <source>the tag was deleted, but the changelog commit is no longer HEAD and was kept</source>
        <translation>l’étiquette a été supprimée, mais le commit du journal des modifications n’est plus HEAD et a été conservé</translation>
    </message>
    <message>
        <source>find the commit before the release</source>
        <translation>trouver le commit qui précède la version</translation>
    </message>
    <message>
        <source>move the branch back</source>
        <translation>ramener la branche en arrière</translation>
    </message>
    <message>
        <source>HEAD has moved since the release was computed; open Create Release again</source>
        <translation>HEAD a bougé depuis le calcul de la version ; rouvrez Créer une version</translation>
    </message>
</context>
<context>
    <name>gantry::ReleasePlanner</name>
    <message>
        <source>list the branches</source>
        <translation>lister les branches</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 exists, on a commit this branch does not contain.</source>
        <translation>%1 existe, sur un commit que cette branche ne contient pas.</translation>
    </message>
    <message>
        <source>%1 exists on %2; this branch does not contain it.</source>
        <translation>%1 existe sur %2 ; cette branche ne la contient pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid pre-release identifier</source>
        <translation>« %1 » n’est pas un identifiant de préversion valide</translation>
    </message>
    <message>
        <source>branches named %1</source>
        <translation>les branches nommées %1</translation>
    </message>
    <message>
        <source>HEAD is not on a branch; releases are made from %1.</source>
        <translation>HEAD n’est sur aucune branche ; les versions sont publiées depuis %1.</translation>
    </message>
    <message>
        <source>%1 is not a release branch; releases are made from %2.</source>
        <translation>%1 n’est pas une branche de publication ; les versions sont publiées depuis %2.</translation>
    </message>
    <message>
        <source>Merged into %1, nothing in it calls for a release.</source>
        <translation>Fusionnée dans %1, rien en elle ne justifie une version.</translation>
    </message>
    <message>
        <source>Bring it into %1 (merge or pull) before releasing.</source>
        <translation>Intégrez-la à %1 (fusion ou tirage) avant de publier.</translation>
    </message>
    <message>
        <source>%1 is out of range for %2: based on the releases on other branches, only versions %3 can be released from it.</source>
        <translation>%1 est hors de la plage de %2 : d’après les versions publiées sur d’autres branches, seules les versions %3 peuvent en être publiées.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>L’étiquette %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 already exists (on %2).</source>
        <translation>%1 existe déjà (sur %2).</translation>
    </message>
    <message>
        <source>%1 is already released (on %2): merge it into %3 so that the next pre-release is of a later version.</source>
        <translation>%1 est déjà publiée (sur %2) : fusionnez-la dans %3 pour que la prochaine préversion soit d’une version ultérieure.</translation>
    </message>
    <message>
        <source>no branch</source>
        <translation>aucune branche</translation>
    </message>
    <message>
        <source>%1 is a release branch.</source>
        <translation>%1 est une branche de publication.</translation>
    </message>
    <message>
        <source>%1 is a maintenance branch: it releases %2 versions.</source>
        <translation>%1 est une branche de maintenance : elle publie des versions %2.</translation>
    </message>
    <message>
        <source>%1 is a pre-release branch: it releases %2 pre-releases.</source>
        <translation>%1 est une branche de préversion : elle publie des préversions %2.</translation>
    </message>
    <message>
        <source>Merged into %1, it would be released in %2.</source>
        <translation>Fusionnée dans %1, elle serait publiée dans %2.</translation>
    </message>
    <message>
        <source>Merged into %1, it would make %2, but that tag already exists.</source>
        <translation>Fusionnée dans %1, elle donnerait %2, mais cette étiquette existe déjà.</translation>
    </message>
    <message>
        <source>walk the history</source>
        <translation>parcourir l’historique</translation>
    </message>
</context>
<context>
    <name>gantry::RemoteController</name>
    <message>
        <source>This repository has no remotes to fetch from.</source>
        <translation>Ce dépôt n’a aucun dépôt distant depuis lequel récupérer.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Fetch cancelled: no ref was changed.</source>
        <translation>Récupération annulée : aucune référence n’a été modifiée.</translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation>Échec de la récupération : %1</translation>
    </message>
    <message>
        <source>Fetched %1: already up to date.</source>
        <translation>%1 récupéré : déjà à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1: %n ref(s) updated.</source>
        <translation>
            <numerusform>%1 récupéré : %n référence mise à jour.</numerusform>
            <numerusform>%1 récupéré : %n références mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the push…</source>
        <translation>Préparation de la poussée…</translation>
    </message>
    <message>
        <source>This repository has no remotes to push to.</source>
        <translation>Ce dépôt n’a aucun dépôt distant vers lequel pousser.</translation>
    </message>
    <message>
        <source>Cannot push: %1</source>
        <translation>Impossible de pousser : %1</translation>
    </message>
    <message>
        <source>%1 is up to date with %2/%3.</source>
        <translation>%1 est à jour avec %2/%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to push.</source>
        <translation>
            <numerusform>%n commit à pousser.</numerusform>
            <numerusform>%n commits à pousser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This rewrites %1/%2: %n commit(s) there would be replaced, which needs Force with lease.</source>
        <translation>
            <numerusform>Cela réécrit %1/%2 : %n commit y serait remplacé, ce qui nécessite Forcer avec bail.</numerusform>
            <numerusform>Cela réécrit %1/%2 : %n commits y seraient remplacés, ce qui nécessite Forcer avec bail.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: this repository refuses pushes to it.</source>
        <translation>%1 est protégée : ce dépôt refuse les poussées vers elle.</translation>
    </message>
    <message>
        <source>%1 is protected: you will be asked to confirm.</source>
        <translation>%1 est protégée : il vous sera demandé de confirmer.</translation>
    </message>
    <message>
        <source>Protected Branch</source>
        <translation>Branche protégée</translation>
    </message>
    <message>
        <source>Push to %1 anyway?</source>
        <translation>Pousser vers %1 quand même ?</translation>
    </message>
    <message>
        <source>%1 is protected: work on it usually arrives through reviewed merges. Pushing directly skips that review for everyone who shares %2.</source>
        <translation>%1 est protégée : le travail y arrive généralement par des fusions relues. Pousser directement court-circuite cette relecture pour tous ceux qui partagent %2.</translation>
    </message>
    <message>
        <source>Push Anyway</source>
        <translation>Pousser quand même</translation>
    </message>
    <message>
        <source>Checking the push…</source>
        <translation>Vérification de la poussée…</translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation>Non poussé : %1</translation>
    </message>
    <message>
        <source>Not pushed: %1 is protected and this repository refuses pushes to it (protected-branches in .gantry/conventions.yml). Push a branch of your own and merge it through a review.</source>
        <translation>Non poussé : %1 est protégée et ce dépôt refuse les poussées vers elle (protected-branches dans .gantry/conventions.yml). Poussez une branche à vous et fusionnez-la après relecture.</translation>
    </message>
    <message>
        <source>Not pushed: %1 is protected.</source>
        <translation>Non poussé : %1 est protégée.</translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation>Poussée de %1 vers %2…</translation>
    </message>
    <message>
        <source>Push cancelled: nothing was sent.</source>
        <translation>Poussée annulée : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation>Échec de la poussée : %1</translation>
    </message>
    <message>
        <source>%1 is already on %2/%3.</source>
        <translation>%1 est déjà sur %2/%3.</translation>
    </message>
    <message>
        <source>Pushed %1 to %2/%3.</source>
        <translation>Poussée de %1 vers %2/%3 effectuée.</translation>
    </message>
</context>
<context>
    <name>gantry::RemoteCredentials</name>
    <message>
        <source>Authentication failed for %1: the user name or password was refused.</source>
        <translation>Échec de l’authentification pour %1 : le nom d’utilisateur ou le mot de passe a été refusé.</translation>
    </message>
    <message>
        <source>Authentication failed for %1: ssh-agent has no key the server accepts.</source>
        <translation>Échec de l’authentification pour %1 : ssh-agent n’a aucune clé acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Cannot authenticate to %1: no ssh-agent is running (start one and add your key).</source>
        <translation>Impossible de s’authentifier auprès de %1 : aucun ssh-agent n’est en cours d’exécution (lancez-en un et ajoutez-y votre clé).</translation>
    </message>
    <message>
        <source>Cannot authenticate to %1: the server asks for a kind of credentials Gantry does not support.</source>
        <translation>Impossible de s’authentifier auprès de %1 : le serveur demande un type d’identifiants que Gantry ne prend pas en charge.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password, and no credential helper gave them. Set up one (git config credential.helper), or sign in with git once.</source>
        <translation>%1 demande un nom d’utilisateur et un mot de passe, et aucun assistant d’identification ne les a fournis. Configurez-en un (git config credential.helper), ou connectez-vous une fois avec git.</translation>
    </message>
</context>
<context>
    <name>gantry::RemoteTransfer</name>
    <message>
        <source>No remote given.</source>
        <translation>Aucun dépôt distant indiqué.</translation>
    </message>
    <message>
        <source>There is no remote named &apos;%1&apos;.</source>
        <translation>Il n’y a pas de dépôt distant nommé « %1 ».</translation>
    </message>
    <message>
        <source>cannot read the remote &apos;%1&apos;</source>
        <translation>impossible de lire le dépôt distant « %1 »</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>cannot open the configuration</source>
        <translation>impossible d’ouvrir la configuration</translation>
    </message>
    <message>
        <source>cannot set the upstream of &apos;%1&apos;</source>
        <translation>impossible de définir la branche amont de « %1 »</translation>
    </message>
    <message>
        <source>cannot list the remotes</source>
        <translation>impossible de lister les dépôts distants</translation>
    </message>
    <message>
        <source>HEAD is detached: choose the branch to push.</source>
        <translation>HEAD est détachée : choisissez la branche à pousser.</translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; has no commits yet.</source>
        <translation>La branche « %1 » n’a pas encore de commit.</translation>
    </message>
    <message>
        <source>cannot fetch from &apos;%1&apos; (%2)</source>
        <translation>impossible de récupérer depuis « %1 » (%2)</translation>
    </message>
    <message>
        <source>No URL given to clone.</source>
        <translation>Aucune URL à cloner indiquée.</translation>
    </message>
    <message>
        <source>No folder given to clone into.</source>
        <translation>Aucun dossier de destination du clone indiqué.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder.</source>
        <translation>%1 existe déjà et n’est pas un dossier vide.</translation>
    </message>
    <message>
        <source>cannot clone %1</source>
        <translation>impossible de cloner %1</translation>
    </message>
    <message>
        <source>cannot connect to &apos;%1&apos; (%2)</source>
        <translation>impossible de se connecter à « %1 » (%2)</translation>
    </message>
    <message>
        <source>cannot list the branches of &apos;%1&apos;</source>
        <translation>impossible de lister les branches de « %1 »</translation>
    </message>
    <message>
        <source>Not pushed: &apos;%1&apos; on &apos;%2&apos; is at %3, but you last saw it at %4. Someone else pushed to it meanwhile: fetch and look at their commits first, then push again.</source>
        <translation>Non poussé : « %1 » sur « %2 » est à %3, mais vous l’avez vue en dernier à %4. Quelqu’un d’autre y a poussé entre-temps : récupérez et examinez d’abord ses commits, puis poussez à nouveau.</translation>
    </message>
    <message>
        <source>Not pushed: &apos;%1&apos; on &apos;%2&apos; has commits that &apos;%3&apos; does not have (not a fast-forward). Fetch and integrate them first, or push with force-with-lease to replace them.</source>
        <translation>Non poussé : « %1 » sur « %2 » a des commits que « %3 » n’a pas (pas une avance rapide). Récupérez-les et intégrez-les d’abord, ou poussez avec force-with-lease pour les remplacer.</translation>
    </message>
    <message>
        <source>cannot update &apos;%1&apos;</source>
        <translation>impossible de mettre à jour « %1 »</translation>
    </message>
    <message>
        <source>Not pushed: &apos;%1&apos; on &apos;%2&apos; moved to %3 while pushing, but you last saw it at %4. Fetch and look at the new commits first, then push again.</source>
        <translation>Non poussé : « %1 » sur « %2 » a été déplacée vers %3 pendant la poussée, mais vous l’avez vue en dernier à %4. Récupérez et examinez d’abord les nouveaux commits, puis poussez à nouveau.</translation>
    </message>
    <message>
        <source>cannot push to &apos;%1&apos; (%2)</source>
        <translation>impossible de pousser vers « %1 » (%2)</translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; refused %2: %3</source>
        <translation>Le dépôt distant « %1 » a refusé %2 : %3</translation>
    </message>
</context>
<context>
    <name>gantry::Repository</name>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>« %1 » n’existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Git repository (nor is any parent folder)</source>
        <translation>« %1 » n’est pas un dépôt Git (ni aucun de ses dossiers parents)</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;</source>
        <translation>impossible d’ouvrir « %1 »</translation>
    </message>
    <message>
        <source>cannot create a repository in &apos;%1&apos;</source>
        <translation>impossible de créer un dépôt dans « %1 »</translation>
    </message>
    <message>
        <source>cannot read the configuration</source>
        <translation>impossible de lire la configuration</translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation>impossible de lire l’index</translation>
    </message>
    <message>
        <source>not a git repository: &apos;%1&apos; is damaged (%2)</source>
        <translation>pas un dépôt git : « %1 » est endommagé (%2)</translation>
    </message>
    <message>
        <source>bad object HEAD (the commit %1 cannot be read)</source>
        <translation>objet HEAD invalide (le commit %1 est illisible)</translation>
    </message>
    <message>
        <source>bad object HEAD (its tree %1 cannot be read)</source>
        <translation>objet HEAD invalide (son arbre %1 est illisible)</translation>
    </message>
    <message>
        <source>a symbolic link outside refs/</source>
        <translation>un lien symbolique hors de refs/</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il est illisible : %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it names &apos;%1&apos;, which is not under refs/</source>
        <translation>il désigne « %1 », qui n&apos;est pas sous refs/</translation>
    </message>
    <message>
        <source>it is neither &quot;ref: refs/…&quot; nor a commit id</source>
        <translation>il n&apos;est ni « ref: refs/… » ni un identifiant de commit</translation>
    </message>
    <message>
        <source>A merge is in progress</source>
        <translation>Une fusion est en cours</translation>
    </message>
    <message>
        <source>A revert is in progress</source>
        <translation>Une annulation (revert) est en cours</translation>
    </message>
    <message>
        <source>A cherry-pick is in progress</source>
        <translation>Un cherry-pick est en cours</translation>
    </message>
    <message>
        <source>A bisect is in progress</source>
        <translation>Une bissection est en cours</translation>
    </message>
    <message>
        <source>A rebase is in progress</source>
        <translation>Un rebase est en cours</translation>
    </message>
    <message>
        <source>Applying patches (git am) is in progress</source>
        <translation>Une application de patchs (git am) est en cours</translation>
    </message>
    <message>
        <source>cannot read the index &apos;%1&apos;: %2</source>
        <translation>impossible de lire l&apos;index « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>it is %n byte(s) long, shorter than an index can be</source>
        <translation>
            <numerusform>il fait %n octet, moins qu&apos;un index ne peut faire</numerusform>
            <numerusform>il fait %n octets, moins qu&apos;un index ne peut faire</numerusform>
        </translation>
    </message>
    <message>
        <source>it does not start with an index&apos;s signature</source>
        <translation>il ne commence pas par la signature d&apos;un index</translation>
    </message>
    <message>
        <source>index file &apos;%1&apos; is damaged (%2); git reports &quot;index file corrupt&quot; too: restore it with `rm %1 &amp;&amp; git reset`</source>
        <translation>le fichier d&apos;index « %1 » est endommagé (%2) ; git signale aussi « index file corrupt » : restaurez-le avec `rm %1 &amp;&amp; git reset`</translation>
    </message>
</context>
<context>
    <name>gantry::RepositoryTab</name>
    <message>
        <source>Changes on disk will not be noticed: %1</source>
        <translation>Les modifications sur le disque ne seront pas détectées : %1</translation>
    </message>
    <message>
        <source>%1 (detached)</source>
        <translation>%1 (détachée)</translation>
    </message>
    <message>
        <source>Reading status…</source>
        <translation>Lecture de l’état…</translation>
    </message>
    <message>
        <source>HEAD detached at %1</source>
        <translation>HEAD détachée sur %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>  (upstream %1 is gone)</source>
        <translation>  (la branche amont %1 a disparu)</translation>
    </message>
    <message>
        <source>  ↑%1 ↓%2 %3</source>
        <translation>  ↑%1 ↓%2 %3</translation>
    </message>
    <message>
        <source>Detached HEAD: new commits will not be on any branch</source>
        <translation>HEAD détachée : les nouveaux commits ne seront sur aucune branche</translation>
    </message>
    <message>
        <source>No commits yet on %1: the first commit creates it</source>
        <translation>Pas encore de commit sur %1 : le premier commit la créera</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicted file(s)</source>
        <translation>
            <numerusform>%n fichier en conflit</numerusform>
            <numerusform>%n fichiers en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the diff of %1…</source>
        <translation>Lecture du diff de %1…</translation>
    </message>
    <message>
        <source>Bare repository: no working tree to change, only its history</source>
        <translation>Dépôt nu : pas d’arbre de travail à modifier, seulement son historique</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2 — pull before you start new work</source>
        <translation>
            <numerusform>%1 a %n commit de retard sur %2 — tirez avant de commencer un nouveau travail</numerusform>
            <numerusform>%1 a %n commits de retard sur %2 — tirez avant de commencer un nouveau travail</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull (or fetch and merge) %1 into %2 first, so that new branches and commits start from the latest work.</source>
        <translation>Tirez (ou récupérez et fusionnez) %1 dans %2 d’abord, afin que les nouvelles branches et les nouveaux commits partent du travail le plus récent.</translation>
    </message>
    <message>
        <source>Continue Rebase</source>
        <translation>Continuer le rebasage</translation>
    </message>
    <message>
        <source>Commit the resolved files and replay the remaining commits</source>
        <translation>Valider les fichiers résolus et rejouer les commits restants</translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation>Abandonner la fusion</translation>
    </message>
    <message>
        <source>Abort Rebase</source>
        <translation>Abandonner le rebasage</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The commits of every branch as a graph</source>
        <translation>Les commits de chaque branche sous forme de graphe</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>The working tree&apos;s changes: stage them and commit</source>
        <translation>Les modifications de la copie de travail : indexez-les et validez</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>The CI workflows as a graph beside their YAML</source>
        <translation>Les workflows de CI sous forme de graphe à côté de leur YAML</translation>
    </message>
</context>
<context>
    <name>gantry::Reset</name>
    <message>
        <source>cannot read the status</source>
        <translation>impossible de lire l’état</translation>
    </message>
    <message numerus="yes">
        <source>Reset --hard to %1: uncommitted changes in %n file(s)</source>
        <translation>
            <numerusform>Reset --hard vers %1 : modifications non validées dans %n fichier</numerusform>
            <numerusform>Reset --hard vers %1 : modifications non validées dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit</source>
        <translation>« %1 » n’est pas un commit</translation>
    </message>
    <message>
        <source>cannot reset to &apos;%1&apos;</source>
        <translation>impossible de réinitialiser sur « %1 »</translation>
    </message>
    <message>
        <source>A bare repository has no work tree: only a soft reset is possible.</source>
        <translation>Un dépôt nu n’a pas d’arbre de travail : seule une réinitialisation soft est possible.</translation>
    </message>
    <message>
        <source>The branch has no commit yet: there is nothing to reset.</source>
        <translation>La branche n’a pas encore de commit : il n’y a rien à réinitialiser.</translation>
    </message>
    <message>
        <source>No revision to reset to.</source>
        <translation>Aucune révision sur laquelle réinitialiser.</translation>
    </message>
    <message>
        <source>Resetting %1 to %2</source>
        <translation>Réinitialisation de %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot do a soft reset in the middle of a merge.</source>
        <translation>Impossible de faire une réinitialisation soft en pleine fusion.</translation>
    </message>
    <message>
        <source>The uncommitted changes could not be saved, so nothing was reset: %1</source>
        <translation>Les modifications non validées n’ont pas pu être sauvegardées, donc rien n’a été réinitialisé : %1</translation>
    </message>
    <message>
        <source>HEAD is now at %1 %2</source>
        <translation>HEAD est maintenant sur %1 %2</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>HEAD has moved since the reset (it is at %1, not %2): undo it by hand (git reset %3).</source>
        <translation>HEAD a bougé depuis la réinitialisation (elle est sur %1, pas sur %2) : annulez-la à la main (git reset %3).</translation>
    </message>
    <message>
        <source>cannot read the staged changes to restore</source>
        <translation>impossible de lire les modifications indexées à rétablir</translation>
    </message>
    <message>
        <source>cannot open the index</source>
        <translation>impossible d’ouvrir l’index</translation>
    </message>
    <message>
        <source>cannot restore the staged changes</source>
        <translation>impossible de rétablir les modifications indexées</translation>
    </message>
    <message>
        <source>cannot write the index</source>
        <translation>impossible d’écrire l’index</translation>
    </message>
</context>
<context>
    <name>gantry::ResetCommand</name>
    <message>
        <source>Move the branch only; changes stay staged.</source>
        <translation>Déplacer seulement la branche ; les modifications restent indexées.</translation>
    </message>
    <message>
        <source>Move the branch and reset the index (the default).</source>
        <translation>Déplacer la branche et réinitialiser l’index (par défaut).</translation>
    </message>
    <message>
        <source>Move the branch, index and working tree (uncommitted changes are saved in refs/gantry/discarded first).</source>
        <translation>Déplacer la branche, l’index et l’arbre de travail (les modifications non validées sont d’abord sauvegardées dans refs/gantry/discarded).</translation>
    </message>
    <message>
        <source>Go ahead even when commits already on the upstream leave the branch.</source>
        <translation>Continuer même si des commits déjà sur la branche amont quittent la branche.</translation>
    </message>
    <message>
        <source>The commit to move the branch to.</source>
        <translation>Le commit vers lequel déplacer la branche.</translation>
    </message>
    <message>
        <source>--soft, --mixed and --hard cannot be combined</source>
        <translation>--soft, --mixed et --hard ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>expected exactly one revision to reset to</source>
        <translation>exactement une révision sur laquelle réinitialiser est attendue</translation>
    </message>
    <message>
        <source>(--allow-rewrite; see guards.rewrite-published in %1)</source>
        <translation>(--allow-rewrite ; voir guards.rewrite-published dans %1)</translation>
    </message>
    <message>
        <source>the uncommitted changes were saved in %1 (%2)</source>
        <translation>les modifications non validées ont été sauvegardées dans %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n published commit(s) left the branch; pushing now needs --force-with-lease</source>
        <translation>
            <numerusform>avertissement : %n commit publié a quitté la branche ; pousser nécessite maintenant --force-with-lease</numerusform>
            <numerusform>avertissement : %n commits publiés ont quitté la branche ; pousser nécessite maintenant --force-with-lease</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::ResetDialog</name>
    <message>
        <source>Reset Current Branch</source>
        <translation>Réinitialiser la branche actuelle</translation>
    </message>
    <message>
        <source>Soft: keep all changes staged</source>
        <translation>Soft : garder toutes les modifications indexées</translation>
    </message>
    <message>
        <source>Only the branch moves. The changes of the commits that leave it, and everything you had staged, are staged, ready to commit again.</source>
        <translation>Seule la branche bouge. Les modifications des commits qui la quittent, et tout ce que vous aviez indexé, sont indexés, prêts à être validés de nouveau.</translation>
    </message>
    <message>
        <source>Mixed: keep all changes, unstaged</source>
        <translation>Mixed : garder toutes les modifications, non indexées</translation>
    </message>
    <message>
        <source>The branch and the staging area move. Every change stays in your files, unstaged.</source>
        <translation>La branche et l’index bougent. Toutes les modifications restent dans vos fichiers, non indexées.</translation>
    </message>
    <message>
        <source>Hard: discard all changes</source>
        <translation>Hard : abandonner toutes les modifications</translation>
    </message>
    <message>
        <source>The branch, the staging area and your files all match the commit. Uncommitted changes are saved first, so Undo can bring them back.</source>
        <translation>La branche, l’index et vos fichiers correspondent tous au commit. Les modifications non validées sont d’abord sauvegardées, pour qu’Annuler puisse les récupérer.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>Déplacer %1 sur %2 ?</translation>
    </message>
    <message>
        <source>No commit leaves the branch.</source>
        <translation>Aucun commit ne quitte la branche.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) will leave the branch:</source>
        <translation>
            <numerusform>%n commit va quitter la branche :</numerusform>
            <numerusform>%n commits vont quitter la branche :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::Revisions</name>
    <message>
        <source>resolve &apos;%1&apos;</source>
        <translation>résoudre « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a commit</source>
        <translation>« %1 » ne désigne pas un commit</translation>
    </message>
</context>
<context>
    <name>gantry::RewriteController</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%1 would rewrite %n commit(s) already on %2, and this repository refuses to rewrite published history (guards.rewrite-published in .gantry/conventions.yml):
%3</source>
        <translation>
            <numerusform>%1 réécrirait %n commit déjà sur %2, et ce dépôt refuse de réécrire l’historique publié (guards.rewrite-published dans .gantry/conventions.yml) :
%3</numerusform>
            <numerusform>%1 réécrirait %n commits déjà sur %2, et ce dépôt refuse de réécrire l’historique publié (guards.rewrite-published dans .gantry/conventions.yml) :
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite Published History?</source>
        <translation>Réécrire l’historique publié ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 rewrites %n commit(s) already on %2:</source>
        <translation>
            <numerusform>%1 réécrit %n commit déjà sur %2 :</numerusform>
            <numerusform>%1 réécrit %n commits déjà sur %2 :</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who already has them keeps the old commits, and pushing afterwards needs a force push (--force-with-lease). Set guards.rewrite-published in .gantry/conventions.yml to change this question.</source>
        <translation>Ceux qui les ont déjà conservent les anciens commits, et pousser ensuite nécessite une poussée forcée (--force-with-lease). Modifiez guards.rewrite-published dans .gantry/conventions.yml pour changer cette question.</translation>
    </message>
    <message>
        <source>Rewrite Anyway</source>
        <translation>Réécrire quand même</translation>
    </message>
    <message>
        <source>Cancelled: nothing was rewritten.</source>
        <translation>Annulé : rien n’a été réécrit.</translation>
    </message>
    <message>
        <source>Checking the merge of %1…</source>
        <translation>Vérification de la fusion de %1…</translation>
    </message>
    <message>
        <source>Create a Merge Commit?</source>
        <translation>Créer un commit de fusion ?</translation>
    </message>
    <message>
        <source>%1 and %2 have diverged: only a merge commit can join them.</source>
        <translation>%1 et %2 ont divergé : seul un commit de fusion peut les réunir.</translation>
    </message>
    <message>
        <source>Merges here are fast-forward only by default, so that the history stays a straight line. Rebasing %1 onto %2 keeps it straight; a merge commit records that the two lines of work were joined. (guards.merge.fast-forward-only in .gantry/conventions.yml turns this question off.)</source>
        <translation>Ici, les fusions se font par défaut uniquement en avance rapide, pour que l’historique reste linéaire. Rebaser %1 sur %2 le garde linéaire ; un commit de fusion enregistre que les deux lignes de travail ont été réunies. (guards.merge.fast-forward-only dans .gantry/conventions.yml désactive cette question.)</translation>
    </message>
    <message>
        <source>Create Merge Commit</source>
        <translation>Créer un commit de fusion</translation>
    </message>
    <message>
        <source>Rebase Instead</source>
        <translation>Rebaser plutôt</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Fusion annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>Fusion de %1…</translation>
    </message>
    <message>
        <source>Abort Merge</source>
        <translation>Abandonner la fusion</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>Aborting the merge…</source>
        <translation>Abandon de la fusion…</translation>
    </message>
    <message>
        <source>Merge aborted.</source>
        <translation>Fusion abandonnée.</translation>
    </message>
    <message>
        <source>Undoing the %1…</source>
        <translation>Annulation de l’opération « %1 »…</translation>
    </message>
    <message>
        <source>Undid the %1: %2</source>
        <translation>Opération « %1 » annulée : %2</translation>
    </message>
    <message>
        <source>Checking the rebase onto %1…</source>
        <translation>Vérification du rebasage sur %1…</translation>
    </message>
    <message>
        <source>%1 is already based on %2.</source>
        <translation>%1 est déjà basée sur %2.</translation>
    </message>
    <message>
        <source>Rebasing %1 onto %2</source>
        <translation>Rebasage de %1 sur %2</translation>
    </message>
    <message>
        <source>Rebasing onto %1…</source>
        <translation>Rebasage sur %1…</translation>
    </message>
    <message>
        <source>Abort Rebase</source>
        <translation>Abandonner le rebasage</translation>
    </message>
    <message>
        <source>rebase</source>
        <translation>rebasage</translation>
    </message>
    <message>
        <source>Aborting the rebase…</source>
        <translation>Abandon du rebasage…</translation>
    </message>
    <message>
        <source>Rebase aborted; the branch is as it was.</source>
        <translation>Rebasage abandonné ; la branche est comme avant.</translation>
    </message>
    <message>
        <source>Checking the reset to %1…</source>
        <translation>Vérification de la réinitialisation sur %1…</translation>
    </message>
    <message>
        <source>Reset cancelled; nothing was changed.</source>
        <translation>Réinitialisation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Resetting %1 to %2</source>
        <translation>Réinitialisation de %1 sur %2</translation>
    </message>
    <message>
        <source>Resetting to %1…</source>
        <translation>Réinitialisation sur %1…</translation>
    </message>
    <message>
        <source>Undoing the reset…</source>
        <translation>Annulation de la réinitialisation…</translation>
    </message>
    <message>
        <source>Reset undone.</source>
        <translation>Réinitialisation annulée.</translation>
    </message>
    <message>
        <source>Continuing the rebase…</source>
        <translation>Poursuite du rebasage…</translation>
    </message>
</context>
<context>
    <name>gantry::SchemaChecker</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>attendu : une chaîne, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>événement inconnu « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;; expected one of: %2</source>
        <translation>type d’activité inconnu « %1 » ; attendu l’un de : %2</translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot;; expected one of: %2</source>
        <translation>valeur invalide « %1 » ; attendu l’une de : %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>clé inconnue « %1 » ; vouliez-vous dire « %2 » ?</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire « %1 » manquante</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>une table de correspondance</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>une séquence</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>gantry::SecretFindingsDialog</name>
    <message>
        <source>Possible Secrets</source>
        <translation>Secrets possibles</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you are about to stage looks like credentials, environment settings or large data.&lt;/b&gt;&lt;br&gt;Once committed and pushed, a secret stays in the history for everyone who clones the repository: removing it later needs a history rewrite, and the secret must be revoked anyway. Keep such files out of Git (add them to .gitignore) and share them another way.</source>
        <translation>&lt;b&gt;Ce que vous vous apprêtez à indexer ressemble à des identifiants, des paramètres d’environnement ou des données volumineuses.&lt;/b&gt;&lt;br&gt;Une fois validé et poussé, un secret reste dans l’historique pour tous ceux qui clonent le dépôt : le supprimer plus tard nécessite une réécriture de l’historique, et le secret doit de toute façon être révoqué. Gardez ces fichiers hors de Git (ajoutez-les à .gitignore) et partagez-les autrement.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Add to .gitignore:</source>
        <translation>Ajouter à .gitignore :</translation>
    </message>
    <message>
        <source>the suggested patterns (%1)</source>
        <translation>les motifs suggérés (%1)</translation>
    </message>
    <message>
        <source>the exact paths (%1)</source>
        <translation>les chemins exacts (%1)</translation>
    </message>
    <message>
        <source>Add to .gitignore</source>
        <translation>Ajouter à .gitignore</translation>
    </message>
    <message>
        <source>Stage Anyway</source>
        <translation>Indexer quand même</translation>
    </message>
    <message>
        <source>Don&apos;t Stage</source>
        <translation>Ne pas indexer</translation>
    </message>
    <message>
        <source>Unstage and Add to .gitignore</source>
        <translation>Désindexer et ajouter à .gitignore</translation>
    </message>
    <message>
        <source>Already staged: %1. &quot;Unstage and Add to .gitignore&quot; takes it out of the index too.</source>
        <translation>Déjà indexé : %1. « Désindexer et ajouter à .gitignore » le retire aussi de l’index.</translation>
    </message>
</context>
<context>
    <name>gantry::SecretScanner</name>
    <message>
        <source>a private key</source>
        <translation>une clé privée</translation>
    </message>
    <message>
        <source>an AWS access key id</source>
        <translation>un identifiant de clé d’accès AWS</translation>
    </message>
    <message>
        <source>an AWS secret access key</source>
        <translation>une clé d’accès secrète AWS</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>un jeton GitHub</translation>
    </message>
    <message>
        <source>a GitLab token</source>
        <translation>un jeton GitLab</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>un jeton Slack</translation>
    </message>
    <message>
        <source>a Stripe secret key</source>
        <translation>une clé secrète Stripe</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>une clé d’API Google</translation>
    </message>
    <message>
        <source>a high-entropy value assigned to a password, secret or token</source>
        <translation>une valeur à forte entropie affectée à un mot de passe, un secret ou un jeton</translation>
    </message>
    <message>
        <source>an environment file (.env), which usually holds credentials and local settings</source>
        <translation>un fichier d’environnement (.env), qui contient généralement des identifiants et des paramètres locaux</translation>
    </message>
    <message>
        <source>a key or certificate file, which may hold a private key</source>
        <translation>un fichier de clé ou de certificat, qui peut contenir une clé privée</translation>
    </message>
    <message>
        <source>an SSH private key</source>
        <translation>une clé privée SSH</translation>
    </message>
    <message>
        <source>a keystore (PKCS#12, Java), which holds private keys</source>
        <translation>un magasin de clés (PKCS#12, Java), qui contient des clés privées</translation>
    </message>
    <message>
        <source>a credentials file</source>
        <translation>un fichier d’identifiants</translation>
    </message>
    <message>
        <source>%1 looks like %2 [%3]</source>
        <translation>%1 ressemble à %2 [%3]</translation>
    </message>
    <message>
        <source>a file the repository&apos;s guards.secrets.paths list (%1)</source>
        <translation>un fichier listé par guards.secrets.paths du dépôt (%1)</translation>
    </message>
    <message>
        <source>a match of the repository&apos;s guards.secrets.patterns</source>
        <translation>une correspondance de guards.secrets.patterns du dépôt</translation>
    </message>
    <message>
        <source>%1 is %2, above the %3 limit (guards.max-file-size): large data belongs in Git LFS or outside the repository [large-file]</source>
        <translation>%1 fait %2, au-delà de la limite de %3 (guards.max-file-size) : les données volumineuses ont leur place dans Git LFS ou hors du dépôt [large-file]</translation>
    </message>
</context>
<context>
    <name>gantry::SetUpstreamDialog</name>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Suivre :</translation>
    </message>
    <message>
        <source>&amp;No upstream</source>
        <translation>&amp;Aucune branche amont</translation>
    </message>
    <message>
        <source>Set Upstream</source>
        <translation>Définir la branche amont</translation>
    </message>
    <message>
        <source>origin/main</source>
        <translation>origin/main</translation>
    </message>
    <message>
        <source>A remote-tracking branch (or a local branch) to compare with, pull from and push to</source>
        <translation>Une branche de suivi distante (ou une branche locale) avec laquelle comparer, depuis laquelle tirer et vers laquelle pousser</translation>
    </message>
    <message>
        <source>Forget the upstream, as git branch --unset-upstream does</source>
        <translation>Oublier la branche amont, comme le fait git branch --unset-upstream</translation>
    </message>
    <message>
        <source>Which branch should this branch track?</source>
        <translation>Quelle branche cette branche doit-elle suivre ?</translation>
    </message>
    <message>
        <source>Which branch should %1 track?</source>
        <translation>Quelle branche %1 doit-elle suivre ?</translation>
    </message>
    <message>
        <source>There are no remote-tracking branches yet: fetch from a remote to get them, or track a local branch.</source>
        <translation>Il n’y a pas encore de branche de suivi distante : récupérez-en depuis un dépôt distant, ou suivez une branche locale.</translation>
    </message>
    <message>
        <source>&amp;No upstream (stop tracking %1)</source>
        <translation>&amp;Aucune branche amont (ne plus suivre %1)</translation>
    </message>
    <message>
        <source>%1 has no upstream to remove.</source>
        <translation>%1 n’a pas de branche amont à supprimer.</translation>
    </message>
    <message>
        <source>Choose or type the branch to track.</source>
        <translation>Choisissez ou saisissez la branche à suivre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a branch name.</source>
        <translation>« %1 » n’est pas un nom de branche.</translation>
    </message>
    <message>
        <source>A branch cannot track itself.</source>
        <translation>Une branche ne peut pas se suivre elle-même.</translation>
    </message>
    <message>
        <source>%1 tracks %2 already.</source>
        <translation>%1 suit déjà %2.</translation>
    </message>
    <message>
        <source>Unset Upstream</source>
        <translation>Supprimer la branche amont</translation>
    </message>
</context>
<context>
    <name>gantry::StageCommand</name>
    <message>
        <source>bad line range &apos;%1&apos; in &apos;%2&apos;: lines are counted from 1 and A-B needs A &lt;= B</source>
        <translation>plage de lignes « %1 » incorrecte dans « %2 » : les lignes sont comptées à partir de 1 et A-B exige A &lt;= B</translation>
    </message>
    <message>
        <source>bad line range &apos;%1&apos; in &apos;%2&apos;: expected FILE:A-B</source>
        <translation>plage de lignes « %1 » incorrecte dans « %2 » : FICHIER:A-B attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside repository at &apos;%2&apos;</source>
        <translation>« %1 » est en dehors du dépôt situé à « %2 »</translation>
    </message>
    <message>
        <source>a line range needs a file, not a folder: &apos;%1&apos;</source>
        <translation>une plage de lignes nécessite un fichier, pas un dossier : « %1 »</translation>
    </message>
    <message>
        <source>Unstage whole files, or the staged lines A-B of the index version.</source>
        <translation>Désindexer des fichiers entiers, ou les lignes indexées A-B de la version de l’index.</translation>
    </message>
    <message>
        <source>Stage whole files, or the changed lines A-B of the working-tree version.</source>
        <translation>Indexer des fichiers entiers, ou les lignes modifiées A-B de la version de l’arbre de travail.</translation>
    </message>
    <message>
        <source>FILE or FILE:A-B, relative to the current folder.</source>
        <translation>FICHIER ou FICHIER:A-B, relatif au dossier courant.</translation>
    </message>
    <message>
        <source>nothing specified: name the files to %1</source>
        <translation>rien n’a été spécifié : indiquez les fichiers à passer à %1</translation>
    </message>
    <message>
        <source>cannot change to &apos;%1&apos;: no such folder</source>
        <translation>impossible de se placer dans « %1 » : dossier inexistant</translation>
    </message>
    <message>
        <source>not a git repository (or any of the parent directories): %1</source>
        <translation>ni ce dossier ni aucun de ses parents n’est un dépôt git : %1</translation>
    </message>
    <message>
        <source>this operation must be run in a work tree</source>
        <translation>cette opération doit être effectuée dans un arbre de travail</translation>
    </message>
    <message numerus="yes">
        <source>staging anyway (--allow-secrets): %n possible secret(s)</source>
        <translation>
            <numerusform>indexation quand même (--allow-secrets) : %n secret possible</numerusform>
            <numerusform>indexation quand même (--allow-secrets) : %n secrets possibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to stage %n possible secret(s); nothing was staged. Add the files to .gitignore, or pass --allow-secrets to stage anyway</source>
        <translation>
            <numerusform>refus d’indexer %n secret possible ; rien n’a été indexé. Ajoutez les fichiers à .gitignore, ou passez --allow-secrets pour indexer quand même</numerusform>
            <numerusform>refus d’indexer %n secrets possibles ; rien n’a été indexé. Ajoutez les fichiers à .gitignore, ou passez --allow-secrets pour indexer quand même</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage even what looks like a secret, key or large file (see docs/guard-rails.md).</source>
        <translation>Indexer même ce qui ressemble à un secret, une clé ou un fichier volumineux (voir docs/guard-rails.md).</translation>
    </message>
</context>
<context>
    <name>gantry::Staging</name>
    <message>
        <source>cannot stage &apos;%1&apos;</source>
        <translation>impossible d’indexer « %1 »</translation>
    </message>
    <message>
        <source>cannot stage all changes</source>
        <translation>impossible d’indexer toutes les modifications</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed since its diff was shown; refresh and try again</source>
        <translation>« %1 » a changé depuis l’affichage de son diff ; actualisez et réessayez</translation>
    </message>
    <message>
        <source>cannot stage the deletion of &apos;%1&apos;</source>
        <translation>impossible d’indexer la suppression de « %1 »</translation>
    </message>
    <message>
        <source>cannot unstage &apos;%1&apos;</source>
        <translation>impossible de désindexer « %1 »</translation>
    </message>
    <message>
        <source>invalid line range %1-%2</source>
        <translation>plage de lignes %1-%2 invalide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no unstaged changes</source>
        <translation>« %1 » n’a pas de modifications non indexées</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no staged changes</source>
        <translation>« %1 » n’a pas de modifications indexées</translation>
    </message>
    <message>
        <source>no unstaged changes in lines %1-%2 of &apos;%3&apos;</source>
        <translation>aucune modification non indexée dans les lignes %1-%2 de « %3 »</translation>
    </message>
    <message>
        <source>no staged changes in lines %1-%2 of &apos;%3&apos;</source>
        <translation>aucune modification indexée dans les lignes %1-%2 de « %3 »</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot store &apos;%1&apos;</source>
        <translation>impossible d’enregistrer « %1 »</translation>
    </message>
    <message>
        <source>cannot update &apos;%1&apos; in the index</source>
        <translation>impossible de mettre à jour « %1 » dans l’index</translation>
    </message>
</context>
<context>
    <name>gantry::StagingController</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>The discarded content is kept in refs/gantry/discarded: you can undo this.</source>
        <translation>Le contenu abandonné est conservé dans refs/gantry/discarded : vous pouvez annuler cette opération.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>Staging %n file(s)…</source>
        <translation>
            <numerusform>Indexation de %n fichier…</numerusform>
            <numerusform>Indexation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstaging %n file(s)…</source>
        <translation>
            <numerusform>Désindexation de %n fichier…</numerusform>
            <numerusform>Désindexation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all changes to %1?</source>
        <translation>Abandonner toutes les modifications de %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Discard all changes to %n file(s)?</source>
        <translation>
            <numerusform>Abandonner toutes les modifications de %n fichier ?</numerusform>
            <numerusform>Abandonner toutes les modifications de %n fichiers ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Abandon en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Discarded changes to %n file(s).</source>
        <translation>
            <numerusform>Modifications de %n fichier abandonnées.</numerusform>
            <numerusform>Modifications de %n fichiers abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staging all changes…</source>
        <translation>Indexation de toutes les modifications…</translation>
    </message>
    <message>
        <source>Unstaging all changes…</source>
        <translation>Désindexation de toutes les modifications…</translation>
    </message>
    <message>
        <source>Staging hunk…</source>
        <translation>Indexation de la section…</translation>
    </message>
    <message>
        <source>Unstaging hunk…</source>
        <translation>Désindexation de la section…</translation>
    </message>
    <message>
        <source>Discard this hunk of %1?</source>
        <translation>Abandonner cette section de %1 ?</translation>
    </message>
    <message>
        <source>Discarding hunk…</source>
        <translation>Abandon de la section…</translation>
    </message>
    <message>
        <source>Discarded a hunk of %1.</source>
        <translation>Une section de %1 a été abandonnée.</translation>
    </message>
    <message>
        <source>Staging lines…</source>
        <translation>Indexation des lignes…</translation>
    </message>
    <message>
        <source>Unstaging lines…</source>
        <translation>Désindexation des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n selected line(s) of %1?</source>
        <translation>
            <numerusform>Abandonner %n ligne sélectionnée de %1 ?</numerusform>
            <numerusform>Abandonner %n lignes sélectionnées de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarding lines…</source>
        <translation>Abandon des lignes…</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n line(s) of %1.</source>
        <translation>
            <numerusform>%n ligne de %1 abandonnée.</numerusform>
            <numerusform>%n lignes de %1 abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring discarded changes…</source>
        <translation>Restauration des modifications abandonnées…</translation>
    </message>
    <message>
        <source>Discarded changes restored.</source>
        <translation>Modifications abandonnées restaurées.</translation>
    </message>
    <message>
        <source>Checking for secrets…</source>
        <translation>Recherche de secrets…</translation>
    </message>
    <message>
        <source>Nothing was staged.</source>
        <translation>Rien n’a été indexé.</translation>
    </message>
    <message>
        <source>Adding to .gitignore…</source>
        <translation>Ajout à .gitignore…</translation>
    </message>
    <message>
        <source>Added to .gitignore: %1</source>
        <translation>Ajouté à .gitignore : %1</translation>
    </message>
</context>
<context>
    <name>gantry::StagingGuard</name>
    <message>
        <source>a bare repository has no .gitignore</source>
        <translation>un dépôt nu n’a pas de .gitignore</translation>
    </message>
    <message>
        <source>cannot read .gitignore: %1</source>
        <translation>impossible de lire .gitignore : %1</translation>
    </message>
    <message>
        <source>cannot write .gitignore: %1</source>
        <translation>impossible d’écrire .gitignore : %1</translation>
    </message>
    <message>
        <source>cannot compare the working tree with the index</source>
        <translation>impossible de comparer la copie de travail avec l’index</translation>
    </message>
</context>
<context>
    <name>gantry::StashDialog</name>
    <message>
        <source>Include &amp;untracked files</source>
        <translation>Inclure les fichiers &amp;non suivis</translation>
    </message>
    <message>
        <source>&amp;Keep staged changes in the index</source>
        <translation>&amp;Conserver les modifications indexées dans l’index</translation>
    </message>
    <message>
        <source>Stash Changes</source>
        <translation>Remiser les modifications</translation>
    </message>
    <message>
        <source>Optional: what these changes are</source>
        <translation>Facultatif : description de ces modifications</translation>
    </message>
    <message>
        <source>Stash</source>
        <translation>Remiser</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
</context>
<context>
    <name>gantry::Stashes</name>
    <message>
        <source>cannot read stash@{%1}</source>
        <translation>impossible de lire stash@{%1}</translation>
    </message>
    <message>
        <source>A bare repository has no work tree to stash.</source>
        <translation>Un dépôt nu n’a pas d’arbre de travail à remiser.</translation>
    </message>
    <message>
        <source>cannot stash without an identity (set user.name and user.email)</source>
        <translation>impossible de remiser sans identité (définissez user.name et user.email)</translation>
    </message>
    <message>
        <source>No local changes to save.</source>
        <translation>Pas de modifications locales à sauvegarder.</translation>
    </message>
    <message>
        <source>cannot stash the local changes</source>
        <translation>impossible de remiser les modifications locales</translation>
    </message>
    <message>
        <source>Cannot apply a stash while files have unresolved conflicts: %1</source>
        <translation>Impossible d’appliquer une remise tant que des fichiers ont des conflits non résolus : %1</translation>
    </message>
    <message>
        <source>The stash&apos;s staged changes conflict with the index; apply it without restoring the index.</source>
        <translation>Les modifications indexées de la remise entrent en conflit avec l’index ; appliquez-la sans restaurer l’index.</translation>
    </message>
    <message>
        <source>Your local changes to the following files would be overwritten by applying the stash:
%1
Commit or stash them first.</source>
        <translation>Vos modifications locales aux fichiers suivants seraient écrasées par l’application de la remise :
%1
Validez-les ou remisez-les d’abord.</translation>
    </message>
    <message>
        <source>cannot apply stash@{%1}</source>
        <translation>impossible d’appliquer stash@{%1}</translation>
    </message>
    <message>
        <source>The stash list changed while applying; stash@{%1} was not dropped.</source>
        <translation>La liste des remises a changé pendant l’application ; stash@{%1} n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>cannot drop stash@{%1}</source>
        <translation>impossible d’abandonner stash@{%1}</translation>
    </message>
    <message>
        <source>cannot store %1 as a stash</source>
        <translation>impossible d’enregistrer %1 comme remise</translation>
    </message>
    <message>
        <source>%1 is not a stash commit.</source>
        <translation>%1 n’est pas un commit de remise.</translation>
    </message>
    <message>
        <source>cannot write the stash log</source>
        <translation>impossible d’écrire le journal des remises</translation>
    </message>
    <message>
        <source>cannot read the stash list</source>
        <translation>impossible de lire la liste des remises</translation>
    </message>
    <message>
        <source>There is no stash@{%1}.</source>
        <translation>Il n’existe pas de stash@{%1}.</translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation>impossible de lire l’index</translation>
    </message>
    <message>
        <source>cannot read the index conflicts</source>
        <translation>impossible de lire les conflits de l’index</translation>
    </message>
</context>
<context>
    <name>gantry::StatusCommand</name>
    <message>
        <source>unsupported porcelain version &apos;%1&apos; (only v1 is supported)</source>
        <translation>version de porcelaine « %1 » non prise en charge (seule la v1 l’est)</translation>
    </message>
    <message>
        <source>invalid untracked files mode &apos;%1&apos; (use no, normal or all)</source>
        <translation>mode des fichiers non suivis « %1 » invalide (utilisez no, normal ou all)</translation>
    </message>
    <message>
        <source>unsupported ignored mode &apos;%1&apos; (use traditional or no)</source>
        <translation>mode des fichiers ignorés « %1 » non pris en charge (utilisez traditional ou no)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>nouveau fichier</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copié</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>type modifié</translation>
    </message>
    <message>
        <source>new commits</source>
        <translation>nouveaux commits</translation>
    </message>
    <message>
        <source>modified content</source>
        <translation>contenu modifié</translation>
    </message>
    <message>
        <source>untracked content</source>
        <translation>contenu non suivi</translation>
    </message>
    <message>
        <source>HEAD detached at %1
</source>
        <translation>HEAD détachée sur %1
</translation>
    </message>
    <message>
        <source>On branch %1 (no commits yet)
</source>
        <translation>Sur la branche %1 (pas encore de commit)
</translation>
    </message>
    <message>
        <source>On branch %1
</source>
        <translation>Sur la branche %1
</translation>
    </message>
    <message>
        <source>Upstream %1 is gone.
</source>
        <translation>La branche amont %1 a disparu.
</translation>
    </message>
    <message>
        <source>Compared with %1: %2 ahead, %3 behind.
</source>
        <translation>Par rapport à %1 : %2 en avance, %3 en retard.
</translation>
    </message>
    <message>
        <source>Up to date with %1.
</source>
        <translation>À jour avec %1.
</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n):
</source>
        <translation>
            <numerusform>Conflits (%n) :
</numerusform>
            <numerusform>Conflits (%n) :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staged (%n):
</source>
        <translation>
            <numerusform>Indexé (%n) :
</numerusform>
            <numerusform>Indexés (%n) :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not staged (%n):
</source>
        <translation>
            <numerusform>Non indexé (%n) :
</numerusform>
            <numerusform>Non indexés (%n) :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untracked (%n):
</source>
        <translation>
            <numerusform>Non suivi (%n) :
</numerusform>
            <numerusform>Non suivis (%n) :
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored (%n):
</source>
        <translation>
            <numerusform>Ignoré (%n) :
</numerusform>
            <numerusform>Ignorés (%n) :
</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to commit, working tree clean.
</source>
        <translation>Rien à valider, la copie de travail est propre.
</translation>
    </message>
    <message>
        <source>Show the working tree status (git status).</source>
        <translation>Afficher l’état de la copie de travail (git status).</translation>
    </message>
    <message>
        <source>Machine-readable output, as git status --porcelain=v1.</source>
        <translation>Sortie lisible par une machine, comme git status --porcelain=v1.</translation>
    </message>
    <message>
        <source>Terminate entries with NUL; paths are not quoted.</source>
        <translation>Terminer les entrées par NUL ; les chemins ne sont pas entre guillemets.</translation>
    </message>
    <message>
        <source>Show the branch and its upstream.</source>
        <translation>Afficher la branche et sa branche amont.</translation>
    </message>
    <message>
        <source>Untracked files: no, normal or all (-u&lt;mode&gt;).</source>
        <translation>Fichiers non suivis : no, normal ou all (-u&lt;mode&gt;).</translation>
    </message>
    <message>
        <source>Show ignored files too.</source>
        <translation>Afficher aussi les fichiers ignorés.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
</context>
<context>
    <name>gantry::StatusReader</name>
    <message>
        <source>&apos;%1&apos; is a bare repository: it has no working tree to show the status of</source>
        <translation>« %1 » est un dépôt nu : il n’a pas d’arbre de travail dont afficher l’état</translation>
    </message>
    <message>
        <source>cannot read the status of &apos;%1&apos;</source>
        <translation>impossible de lire l’état de « %1 »</translation>
    </message>
    <message>
        <source>cannot read the index</source>
        <translation>impossible de lire l’index</translation>
    </message>
    <message>
        <source>cannot read the conflicts in the index</source>
        <translation>impossible de lire les conflits dans l’index</translation>
    </message>
</context>
<context>
    <name>gantry::StepDialog</name>
    <message>
        <source>Shown in the run&apos;s log (optional)</source>
        <translation>Affiché dans le journal de l’exécution (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Run a command</source>
        <translation>&amp;Exécuter une commande</translation>
    </message>
    <message>
        <source>&amp;Use an action</source>
        <translation>&amp;Utiliser une action</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Étape :</translation>
    </message>
    <message>
        <source>Commands, one per line</source>
        <translation>Commandes, une par ligne</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande :</translation>
    </message>
    <message>
        <source>The runner&apos;s default</source>
        <translation>Celui du runner par défaut</translation>
    </message>
    <message>
        <source>S&amp;hell:</source>
        <translation>S&amp;hell :</translation>
    </message>
    <message>
        <source>The workspace</source>
        <translation>L’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Dossier de travail :</translation>
    </message>
    <message>
        <source>owner/repo@ref, ./path or docker://image</source>
        <translation>owner/repo@ref, ./chemin ou docker://image</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Add Input</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remo&amp;ve Input</source>
        <translation>Supprimer l’entré&amp;e</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>With :</translation>
    </message>
    <message>
        <source>Always (e.g. github.ref == &apos;refs/heads/main&apos;)</source>
        <translation>Toujours (p. ex. github.ref == &apos;refs/heads/main&apos;)</translation>
    </message>
    <message>
        <source>Only &amp;if:</source>
        <translation>Seulement &amp;si :</translation>
    </message>
    <message>
        <source>Give the action to use.</source>
        <translation>Indiquez l’action à utiliser.</translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation>Indiquez la commande à exécuter.</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is given twice.</source>
        <translation>L’entrée « %1 » est donnée deux fois.</translation>
    </message>
</context>
<context>
    <name>gantry::Tags</name>
    <message>
        <source>cannot list tags</source>
        <translation>impossible de lister les étiquettes</translation>
    </message>
    <message>
        <source>A tag named &apos;%1&apos; already exists.</source>
        <translation>Une étiquette nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>cannot create tag &apos;%1&apos;</source>
        <translation>impossible de créer l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>cannot read the tag message</source>
        <translation>impossible de lire le message de l’étiquette</translation>
    </message>
    <message>
        <source>An annotated tag needs a message.</source>
        <translation>Une étiquette annotée nécessite un message.</translation>
    </message>
    <message>
        <source>cannot tag without an identity (set user.name and user.email)</source>
        <translation>impossible de créer une étiquette sans identité (définissez user.name et user.email)</translation>
    </message>
    <message>
        <source>cannot delete tag &apos;%1&apos;</source>
        <translation>impossible de supprimer l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>cannot restore tag &apos;%1&apos;</source>
        <translation>impossible de restaurer l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>cannot read tag &apos;%1&apos;</source>
        <translation>impossible de lire l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>cannot read the target of tag &apos;%1&apos;</source>
        <translation>impossible de lire la cible de l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>There is no tag named &apos;%1&apos;.</source>
        <translation>Il n’existe pas d’étiquette nommée « %1 ».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name an object</source>
        <translation>« %1 » ne désigne pas un objet</translation>
    </message>
    <message>
        <source>A tag name cannot be empty.</source>
        <translation>Le nom d’une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation>« %1 » n’est pas un nom d’étiquette valide.</translation>
    </message>
</context>
<context>
    <name>gantry::TextDifferenceDialog</name>
    <message>
        <source>Difference — %1</source>
        <translation>Différences — %1</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message>
        <source>− %1    + %2</source>
        <translation>− %1    + %2</translation>
    </message>
</context>
<context>
    <name>gantry::TopoOrderWalker</name>
    <message>
        <source>unknown revision &apos;%1&apos;</source>
        <translation>révision inconnue « %1 »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a commit</source>
        <translation>« %1 » ne désigne pas un commit</translation>
    </message>
    <message>
        <source>list references</source>
        <translation>lister les références</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;</source>
        <translation>impossible de lire « %1 »</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>impossible de lire HEAD</translation>
    </message>
    <message>
        <source>cannot read revision &apos;%1&apos;</source>
        <translation>impossible de lire la révision « %1 »</translation>
    </message>
</context>
<context>
    <name>gantry::TriggerDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Manual Run Inputs</source>
        <translation>Entrées de l’exécution manuelle</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Déclencheur : %1</translation>
    </message>
    <message>
        <source>One pattern per line; globs such as release/** allowed. An empty list is no filter.</source>
        <translation>Un motif par ligne ; les motifs tels que release/** sont permis. Une liste vide ne filtre rien.</translation>
    </message>
    <message>
        <source>&amp;Branches:</source>
        <translation>&amp;Branches :</translation>
    </message>
    <message>
        <source>Branches &amp;ignored:</source>
        <translation>Branches &amp;ignorées :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Tags i&amp;gnored:</source>
        <translation>Étiquettes i&amp;gnorées :</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>&amp;Chemins :</translation>
    </message>
    <message>
        <source>Paths ig&amp;nored:</source>
        <translation>Chemins ig&amp;norés :</translation>
    </message>
    <message>
        <source>Activity t&amp;ypes:</source>
        <translation>T&amp;ypes d’activité :</translation>
    </message>
    <message>
        <source>None checked: GitHub&apos;s default (opened, synchronize, reopened).</source>
        <translation>Aucun coché : le défaut de GitHub (opened, synchronize, reopened).</translation>
    </message>
    <message>
        <source>When to run, as cron: minute, hour, day of month, month, day of week (in UTC).</source>
        <translation>Quand exécuter, en cron : minute, heure, jour du mois, mois, jour de la semaine (en UTC).</translation>
    </message>
    <message>
        <source>&amp;Add Schedule</source>
        <translation>&amp;Ajouter une planification</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this schedule</source>
        <translation>Supprimer cette planification</translation>
    </message>
    <message>
        <source>What Run workflow asks for. Options (comma-separated) are for the choice type.</source>
        <translation>Ce que demande « Run workflow ». Les options (séparées par des virgules) sont pour le type choice.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Défaut</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Add Input</source>
        <translation>&amp;Ajouter une entrée</translation>
    </message>
    <message>
        <source>&amp;Remove Input</source>
        <translation>&amp;Supprimer l’entrée</translation>
    </message>
    <message>
        <source>GitHub does not allow %1 and %1-ignore together; use !pattern lines in %1 instead.</source>
        <translation>GitHub n’accepte pas %1 et %1-ignore ensemble ; utilisez plutôt des lignes !motif dans %1.</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Schedule %1: %2</source>
        <translation>Planification %1 : %2</translation>
    </message>
    <message>
        <source>Give at least one schedule.</source>
        <translation>Indiquez au moins une planification.</translation>
    </message>
    <message>
        <source>Every input needs a name.</source>
        <translation>Chaque entrée a besoin d’un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid input name: a letter or &apos;_&apos; first, then letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>« %1 » n’est pas un nom d’entrée valide : une lettre ou « _ » d’abord, puis des lettres, chiffres, « - » ou « _ ».</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is there twice.</source>
        <translation>L’entrée « %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The choice input &quot;%1&quot; needs its options.</source>
        <translation>L’entrée de choix « %1 » a besoin de ses options.</translation>
    </message>
</context>
<context>
    <name>gantry::UnifiedDiffEditor</name>
    <message>
        <source>No newline at end of file</source>
        <translation>Pas de fin de ligne à la fin du fichier</translation>
    </message>
</context>
<context>
    <name>gantry::WelcomePage</name>
    <message>
        <source>Welcome to Gantry</source>
        <translation>Bienvenue dans Gantry</translation>
    </message>
    <message>
        <source>Open a Git repository to see its history, stage changes and commit.</source>
        <translation>Ouvrez un dépôt Git pour consulter son historique, indexer des modifications et les valider.</translation>
    </message>
    <message>
        <source>Open Repository…</source>
        <translation>Ouvrir un dépôt…</translation>
    </message>
    <message>
        <source>Init Repository…</source>
        <translation>Initialiser un dépôt…</translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation>Dépôts récents</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>Aucun dépôt récent</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowCommand</name>
    <message>
        <source>The workflow files to check.</source>
        <translation>Les fichiers de workflow à vérifier.</translation>
    </message>
    <message>
        <source>give the workflow files to check</source>
        <translation>indiquez les fichiers de workflow à vérifier</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>The workflow file.</source>
        <translation>Le fichier de workflow.</translation>
    </message>
    <message>
        <source>give one workflow file</source>
        <translation>indiquez un seul fichier de workflow</translation>
    </message>
    <message>
        <source>on: %1</source>
        <translation>on: %1</translation>
    </message>
    <message>
        <source>needs: %1</source>
        <translation>needs: %1</translation>
    </message>
    <message>
        <source>uses: %1</source>
        <translation>uses: %1</translation>
    </message>
    <message>
        <source>runs-on: %1</source>
        <translation>runs-on: %1</translation>
    </message>
    <message>
        <source>matrix: from an expression</source>
        <translation>matrix: issue d’une expression</translation>
    </message>
    <message>
        <source>matrix: %1</source>
        <translation>matrix: %1</translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>environment: %1</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>steps: %1</translation>
    </message>
    <message>
        <source>Print the edited file instead of writing it.</source>
        <translation>Afficher le fichier modifié au lieu de l’écrire.</translation>
    </message>
    <message>
        <source>add-job: the runner label.</source>
        <translation>add-job : l’étiquette du runner.</translation>
    </message>
    <message>
        <source>add-job: the jobs it needs, comma-separated.</source>
        <translation>add-job : les jobs dont il dépend, séparés par des virgules.</translation>
    </message>
    <message>
        <source>add-step: the command to run.</source>
        <translation>add-step : la commande à exécuter.</translation>
    </message>
    <message>
        <source>add-step: the action to use.</source>
        <translation>add-step : l’action à utiliser.</translation>
    </message>
    <message>
        <source>add-step: an input of the action (repeatable).</source>
        <translation>add-step : une entrée de l’action (répétable).</translation>
    </message>
    <message>
        <source>add-step: the step&apos;s name.</source>
        <translation>add-step : le nom de l’étape.</translation>
    </message>
    <message>
        <source>give the file and the edit: FILE OP ARGS...</source>
        <translation>indiquez le fichier et la modification : FILE OP ARGS...</translation>
    </message>
    <message>
        <source>usage: gantry workflow edit FILE %1</source>
        <translation>usage : gantry workflow edit FILE %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step index (0 is the first step)</source>
        <translation>« %1 » n’est pas un indice d’étape (0 est la première étape)</translation>
    </message>
    <message>
        <source>--with takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>--with prend KEY=VALUE, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown edit &apos;%1&apos;</source>
        <translation>modification inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Usage: gantry workflow check FILE...
       gantry workflow graph FILE [--json]
       gantry workflow edit FILE OP ARGS... [--stdout]
</source>
        <translation>Usage : gantry workflow check FILE...
        gantry workflow graph FILE [--json]
        gantry workflow edit FILE OP ARGS... [--stdout]
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (check, graph, edit)</source>
        <translation>sous-commande inconnue « %1 » (check, graph, edit)</translation>
    </message>
    <message>
        <source>stages: %1</source>
        <translation>stages : %1</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>stage : %1</translation>
    </message>
    <message>
        <source>parallel: %1</source>
        <translation>parallel : %1</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>when : %1</translation>
    </message>
    <message>
        <source>script: %1</source>
        <translation>script : %1</translation>
    </message>
    <message>
        <source>add-step, add-script: where to insert it (0 is first).</source>
        <translation>add-step, add-script : où l’insérer (0 est la première position).</translation>
    </message>
    <message>
        <source>add-job (GitLab CI): the job&apos;s stage.</source>
        <translation>add-job (GitLab CI) : le stage du job.</translation>
    </message>
    <message>
        <source>add-job (GitLab CI): a script line (repeatable).</source>
        <translation>add-job (GitLab CI) : une ligne de script (répétable).</translation>
    </message>
    <message>
        <source>add-job, remove-job, rename-job, add-needs, remove-needs, add-step, remove-step, move-step, set or remove; GitLab CI: set-stage, add-stage, add-script, remove-script, set-script, move-script instead of the step edits.</source>
        <translation>add-job, remove-job, rename-job, add-needs, remove-needs, add-step, remove-step, move-step, set ou remove ; GitLab CI : set-stage, add-stage, add-script, remove-script, set-script, move-script au lieu des modifications d’étapes.</translation>
    </message>
    <message>
        <source>%1 is a GitHub Actions edit; %2 is a GitLab CI file (use add-script, remove-script, move-script)</source>
        <translation>%1 est une modification GitHub Actions ; %2 est un fichier GitLab CI (utilisez add-script, remove-script, move-script)</translation>
    </message>
    <message>
        <source>%1 is a GitLab CI edit; %2 is a GitHub Actions workflow</source>
        <translation>%1 est une modification GitLab CI ; %2 est un workflow GitHub Actions</translation>
    </message>
    <message>
        <source>--runs-on, --run, --uses, --with and --name are for GitHub Actions workflows; %1 is a GitLab CI file</source>
        <translation>--runs-on, --run, --uses, --with et --name sont pour les workflows GitHub Actions ; %1 est un fichier GitLab CI</translation>
    </message>
    <message>
        <source>--stage and --script are for GitLab CI files; %1 is a GitHub Actions workflow</source>
        <translation>--stage et --script sont pour les fichiers GitLab CI ; %1 est un workflow GitHub Actions</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a script line index (0 is the first line)</source>
        <translation>« %1 » n’est pas un indice de ligne de script (0 est la première ligne)</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowDiskSync</name>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <source>on disk (deleted)</source>
        <translation>sur le disque (supprimé)</translation>
    </message>
    <message>
        <source>yours, unsaved</source>
        <translation>la vôtre, non enregistrée</translation>
    </message>
    <message>
        <source>Changed on Disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was deleted on disk, or is not in the checked-out branch.</source>
        <translation>%1 a été supprimé du disque, ou n’est pas dans la branche extraite.</translation>
    </message>
    <message>
        <source>Save writes it again with your text.</source>
        <translation>Enregistrer le réécrit avec votre texte.</translation>
    </message>
    <message>
        <source>Write It Again</source>
        <translation>Le réécrire</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read (a checkout, a pull or another editor).</source>
        <translation>%1 a changé sur le disque depuis sa lecture (un checkout, un pull ou un autre éditeur).</translation>
    </message>
    <message>
        <source>Overwrite replaces the version on disk with yours; Reload shows the version on disk instead of yours (Undo brings yours back).</source>
        <translation>Écraser remplace la version du disque par la vôtre ; Recharger affiche la version du disque à la place de la vôtre (Annuler ramène la vôtre).</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowDocument</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>in %1:%2:%3: %4</source>
        <translation>dans %1:%2:%3 : %4</translation>
    </message>
    <message>
        <source>no such file in the project</source>
        <translation>ce fichier n’existe pas dans le projet</translation>
    </message>
    <message>
        <source>it leads outside the project (through a symbolic link); GitLab reads local includes from the project only</source>
        <translation>il mène hors du projet (par un lien symbolique) ; GitLab ne lit les inclusions locales que dans le projet</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowEditor</name>
    <message>
        <source>the file has a YAML error at line %1, column %2 (%3); fix it in the text first</source>
        <translation>le fichier a une erreur YAML à la ligne %1, colonne %2 (%3) ; corrigez-la d’abord dans le texte</translation>
    </message>
    <message>
        <source>the file is not a workflow: its top level is not a mapping</source>
        <translation>le fichier n’est pas un workflow : son niveau supérieur n’est pas une table de correspondance</translation>
    </message>
    <message>
        <source>the edit&apos;s changes overlap; nothing was changed</source>
        <translation>les changements de la modification se chevauchent ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the edit would make the YAML invalid (%1); nothing was changed</source>
        <translation>la modification rendrait le YAML invalide (%1) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>the edit would change more than intended; nothing was changed</source>
        <translation>la modification changerait plus que prévu ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot;</source>
        <translation>il n’y a pas de job « %1 »</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not written as a mapping here; edit it in the text</source>
        <translation>le job « %1 » n’est pas écrit ici comme une table de correspondance ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job id: use a letter or &apos;_&apos; first, then letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>« %1 » n’est pas un id de job valide : commencez par une lettre ou « _ », puis des lettres, chiffres, « - » ou « _ »</translation>
    </message>
    <message>
        <source>there is already a job &quot;%1&quot;</source>
        <translation>il existe déjà un job « %1 »</translation>
    </message>
    <message>
        <source>there is no job &quot;%1&quot; to need</source>
        <translation>il n’y a pas de job « %1 » dont dépendre</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; does not need &quot;%2&quot;</source>
        <translation>le job « %1 » ne dépend pas de « %2 »</translation>
    </message>
    <message>
        <source>a job cannot need itself</source>
        <translation>un job ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; already needs &quot;%2&quot;</source>
        <translation>le job « %1 » dépend déjà de « %2 »</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has needs that are neither a name nor a list</source>
        <translation>le job « %1 » a des needs qui ne sont ni un nom ni une liste</translation>
    </message>
    <message>
        <source>a step needs either a command to run or an action to use</source>
        <translation>une étape a besoin soit d’une commande à exécuter, soit d’une action à utiliser</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has %2 steps; there is no position %3</source>
        <translation>le job « %1 » a %2 étapes ; il n’y a pas de position %3</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no steps</source>
        <translation>le job « %1 » n’a pas d’étape</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; has no step %2</source>
        <translation>le job « %1 » n’a pas d’étape %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key path (keys and list indexes joined by &apos;.&apos;)</source>
        <translation>« %1 » n’est pas un chemin de clés (clés et indices de liste joints par « . »)</translation>
    </message>
    <message>
        <source>%1 is an alias; edit the anchor it points to</source>
        <translation>%1 est un alias ; modifiez l’ancre vers laquelle il pointe</translation>
    </message>
    <message>
        <source>%1 is a list item holding a collection; edit it in the text</source>
        <translation>%1 est un élément de liste contenant une collection ; modifiez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is not a mapping, so it cannot get &quot;%2&quot;</source>
        <translation>%1 n’est pas une table de correspondance, il ne peut donc pas recevoir « %2 »</translation>
    </message>
    <message>
        <source>%1 cannot be set: a list index in it does not exist</source>
        <translation>%1 ne peut pas être défini : un indice de liste qu’il contient n’existe pas</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; calls a reusable workflow (uses:); such a job has no steps of its own</source>
        <translation>le job « %1 » appelle un workflow réutilisable (uses:) ; un tel job n’a pas d’étapes propres</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is the only job, and a workflow needs at least one</source>
        <translation>le job « %1 » est le seul, et un workflow a besoin d’au moins un job</translation>
    </message>
    <message>
        <source>&quot;on&quot; is not written as an event name or a list of them</source>
        <translation>« on » n’est pas écrit comme un nom d’événement ni une liste de noms</translation>
    </message>
    <message>
        <source>&quot;on&quot; names an event twice; fix it in the text first</source>
        <translation>« on » nomme un événement deux fois ; corrigez-le d’abord dans le texte</translation>
    </message>
    <message>
        <source>there is no %1 to remove</source>
        <translation>il n’y a pas de %1 à supprimer</translation>
    </message>
    <message>
        <source>%1 is inside an alias; edit the anchor it points to</source>
        <translation>%1 est dans un alias ; modifiez l’ancre vers laquelle il pointe</translation>
    </message>
    <message>
        <source>there is no list at %1</source>
        <translation>il n’y a pas de liste en %1</translation>
    </message>
    <message>
        <source>GitLab would reject the result (%1); nothing was changed</source>
        <translation>GitLab rejetterait le résultat (%1) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>this is a GitLab CI file; GitHub Actions edits do not apply to it</source>
        <translation>ceci est un fichier GitLab CI ; les modifications GitHub Actions ne s’y appliquent pas</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowExpressionRules</name>
    <message>
        <source>this looks like a real access token; store it as a secret and use &quot;${{ secrets.NAME }}&quot;</source>
        <translation>cela ressemble à un vrai jeton d’accès ; stockez-le comme secret et utilisez « ${{ secrets.NAME }} »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be written by anyone who opens an issue or a pull request; pass it to the script through an environment variable instead of &quot;${{ }}&quot;</source>
        <translation>« %1 » peut être écrit par quiconque ouvre une issue ou une pull request ; transmettez-le au script via une variable d’environnement plutôt que par « ${{ }} »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written in the file; store it as a secret and use &quot;${{ secrets.NAME }}&quot;</source>
        <translation>« %1 » est écrit dans le fichier ; stockez-le comme secret et utilisez « ${{ secrets.NAME }} »</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowGraph</name>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>paths %1</source>
        <translation>chemins %1</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowGraphView</name>
    <message>
        <source>Add Step…</source>
        <translation>Ajouter une étape…</translation>
    </message>
    <message>
        <source>Rename Job…</source>
        <translation>Renommer le job…</translation>
    </message>
    <message>
        <source>Expand Matrix</source>
        <translation>Déplier la matrice</translation>
    </message>
    <message>
        <source>Collapse Matrix</source>
        <translation>Replier la matrice</translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation>Supprimer le job</translation>
    </message>
    <message>
        <source>Remove Need: %1 needs %2</source>
        <translation>Supprimer la dépendance : %1 dépend de %2</translation>
    </message>
    <message>
        <source>Add Job…</source>
        <translation>Ajouter un job…</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Runner (runs-on)…</source>
        <translation>Exécuteur (runs-on)…</translation>
    </message>
    <message>
        <source>Environment…</source>
        <translation>Environnement…</translation>
    </message>
    <message>
        <source>Matrix…</source>
        <translation>Matrice…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation>Modifier l’étape…</translation>
    </message>
    <message>
        <source>Branches and Paths…</source>
        <translation>Branches et chemins…</translation>
    </message>
    <message>
        <source>Inputs…</source>
        <translation>Entrées…</translation>
    </message>
    <message>
        <source>Edit Script Line…</source>
        <translation>Modifier la ligne de script…</translation>
    </message>
    <message>
        <source>Remove Script Line</source>
        <translation>Supprimer la ligne de script</translation>
    </message>
    <message>
        <source>Add Script Line…</source>
        <translation>Ajouter une ligne de script…</translation>
    </message>
    <message>
        <source>Stage…</source>
        <translation>Stage…</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show the whole graph (%1)</source>
        <translation>Afficher tout le graphe (%1)</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowNodeItem</name>
    <message numerus="yes">
        <source>matrix: %n job(s)</source>
        <translation>
            <numerusform>matrix: %n job</numerusform>
            <numerusform>matrix: %n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>matrix: from an expression</source>
        <translation>matrix: issue d’une expression</translation>
    </message>
    <message>
        <source>if: %1</source>
        <translation>if: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n more step(s)</source>
        <translation>
            <numerusform>… %n autre étape</numerusform>
            <numerusform>… %n autres étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>environment: %1</source>
        <translation>environment: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowSession</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the recovery draft %1: %2</source>
        <translation>Impossible de lire le brouillon de récupération %1 : %2</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written.</source>
        <translation>%1 a changé sur le disque depuis sa lecture ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 was deleted on disk; nothing was written.</source>
        <translation>%1 a été supprimé du disque ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 was deleted on disk: there is nothing to reload.</source>
        <translation>%1 a été supprimé du disque : il n’y a rien à recharger.</translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation>Recharger %1 depuis le disque</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowTemplates</name>
    <message>
        <source>Build and test</source>
        <translation>Compiler et tester</translation>
    </message>
    <message>
        <source>Builds and tests every push to main and every pull request.</source>
        <translation>Compile et teste chaque poussée sur main et chaque pull request.</translation>
    </message>
    <message>
        <source>Test, then deploy through environments</source>
        <translation>Tester, puis déployer à travers les environnements</translation>
    </message>
    <message>
        <source>Tests, then deploys to test, staging and production in turn; production waits for a manual approval through the environment&apos;s required reviewers.</source>
        <translation>Teste, puis déploie tour à tour en test, en staging et en production ; la production attend une approbation manuelle par les relecteurs requis de l’environnement.</translation>
    </message>
    <message>
        <source>Scheduled job</source>
        <translation>Job planifié</translation>
    </message>
    <message>
        <source>Runs a job every night at 03:00 UTC, and by hand from the Actions tab.</source>
        <translation>Lance un job chaque nuit à 03:00 UTC, et à la main depuis l’onglet Actions.</translation>
    </message>
    <message>
        <source>Container build and push</source>
        <translation>Construction et poussée d’un conteneur</translation>
    </message>
    <message>
        <source>Builds a container image and pushes it to the GitHub Container Registry for every v* tag.</source>
        <translation>Construit une image de conteneur et la pousse vers le GitHub Container Registry pour chaque étiquette v*.</translation>
    </message>
</context>
<context>
    <name>gantry::WorkflowValidator</name>
    <message>
        <source>the file is empty; a workflow needs &quot;on&quot; and &quot;jobs&quot;</source>
        <translation>le fichier est vide ; un workflow a besoin de « on » et « jobs »</translation>
    </message>
    <message>
        <source>&quot;docker://&quot; needs an image name</source>
        <translation>« docker:// » a besoin d’un nom d’image</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no ref; use &quot;{owner}/{repo}@{ref}&quot;, &quot;{owner}/{repo}/{path}@{ref}&quot;, &quot;./path&quot; or &quot;docker://image&quot;</source>
        <translation>« %1 » n’a pas de ref ; utilisez « {owner}/{repo}@{ref} », « {owner}/{repo}/{path}@{ref} », « ./path » ou « docker://image »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;{owner}/{repo}@{ref}&quot;, &quot;{owner}/{repo}/{path}@{ref}&quot;, &quot;./path&quot; or &quot;docker://image&quot;</source>
        <translation>« %1 » n’est pas de la forme « {owner}/{repo}@{ref} », « {owner}/{repo}/{path}@{ref} », « ./path » ou « docker://image »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reusable workflow; use &quot;{owner}/{repo}/.github/workflows/{file}.yml@{ref}&quot; or &quot;./.github/workflows/{file}.yml&quot;</source>
        <translation>« %1 » n’est pas un workflow réutilisable ; utilisez « {owner}/{repo}/.github/workflows/{file}.yml@{ref} » ou « ./.github/workflows/{file}.yml »</translation>
    </message>
    <message>
        <source>invalid job id &quot;%1&quot;: it must start with a letter or &quot;_&quot; and hold only letters, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>id de job invalide « %1 » : il doit commencer par une lettre ou « _ » et ne contenir que des lettres, des chiffres, « - » et « _ »</translation>
    </message>
    <message>
        <source>job id &quot;%1&quot; is a duplicate of &quot;%2&quot; (line %3): job ids ignore case</source>
        <translation>l’id de job « %1 » est un doublon de « %2 » (ligne %3) : les id de job ignorent la casse</translation>
    </message>
    <message>
        <source>&quot;needs&quot; is empty; remove it, or name the jobs &quot;%1&quot; waits for</source>
        <translation>« needs » est vide ; supprimez-le, ou nommez les jobs que « %1 » attend</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is already needed</source>
        <translation>le job « %1 » est déjà requis</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which is not a job of this workflow</source>
        <translation>le job « %1 » dépend de « %2 », qui n’est pas un job de ce workflow</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; needs &quot;%2&quot;, which is not a job of this workflow; did you mean &quot;%3&quot;?</source>
        <translation>le job « %1 » dépend de « %2 », qui n’est pas un job de ce workflow ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>the needs of these jobs form a cycle: %1</source>
        <translation>les needs de ces jobs forment un cycle : %1</translation>
    </message>
    <message>
        <source>invalid step id &quot;%1&quot;: it must start with a letter or &quot;_&quot; and hold only letters, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>id d’étape invalide « %1 » : il doit commencer par une lettre ou « _ » et ne contenir que des lettres, des chiffres, « - » et « _ »</translation>
    </message>
    <message>
        <source>step id &quot;%1&quot; is already used in job &quot;%2&quot; (line %3)</source>
        <translation>l’id d’étape « %1 » est déjà utilisé dans le job « %2 » (ligne %3)</translation>
    </message>
    <message>
        <source>a step has either &quot;uses&quot; or &quot;run&quot;, not both</source>
        <translation>une étape a soit « uses » soit « run », pas les deux</translation>
    </message>
    <message>
        <source>a step needs &quot;uses&quot; or &quot;run&quot;</source>
        <translation>une étape a besoin de « uses » ou « run »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; runs every %2 min; GitHub runs schedules at most every 5 minutes</source>
        <translation>« %1 » s’exécute toutes les %2 min ; GitHub exécute les planifications au plus toutes les 5 minutes</translation>
    </message>
    <message>
        <source>a workflow needs at least one job</source>
        <translation>un workflow a besoin d’au moins un job</translation>
    </message>
    <message>
        <source>matrix would create %1 jobs; GitHub allows at most %2</source>
        <translation>la matrice créerait %1 jobs ; GitHub en autorise au plus %2</translation>
    </message>
    <message>
        <source>matrix would create at least %1 jobs; GitHub allows at most %2</source>
        <translation>la matrice créerait au moins %1 jobs ; GitHub en autorise au plus %2</translation>
    </message>
</context>
<context>
    <name>gantry::WorkingTreeModel</name>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Type changed</source>
        <translation>Type modifié</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>Non suivi</translation>
    </message>
    <message>
        <source>Conflict: deleted by both</source>
        <translation>Conflit : supprimé des deux côtés</translation>
    </message>
    <message>
        <source>Conflict: added by us</source>
        <translation>Conflit : ajouté par nous</translation>
    </message>
    <message>
        <source>Conflict: deleted by them</source>
        <translation>Conflit : supprimé par eux</translation>
    </message>
    <message>
        <source>Conflict: added by them</source>
        <translation>Conflit : ajouté par eux</translation>
    </message>
    <message>
        <source>Conflict: deleted by us</source>
        <translation>Conflit : supprimé par nous</translation>
    </message>
    <message>
        <source>Conflict: added by both</source>
        <translation>Conflit : ajouté des deux côtés</translation>
    </message>
    <message>
        <source>Conflict: modified by both</source>
        <translation>Conflit : modifié des deux côtés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Indexé</translation>
    </message>
    <message>
        <source>Unstaged</source>
        <translation>Non indexé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>new commits</source>
        <translation>nouveaux commits</translation>
    </message>
    <message>
        <source>modified content</source>
        <translation>contenu modifié</translation>
    </message>
    <message>
        <source>untracked content</source>
        <translation>contenu non suivi</translation>
    </message>
    <message>
        <source> (submodule: %1)</source>
        <translation> (sous-module : %1)</translation>
    </message>
</context>
<context>
    <name>gantry::WorkingTreeView</name>
    <message>
        <source>Stage All</source>
        <translation>Tout indexer</translation>
    </message>
    <message>
        <source>Unstage All</source>
        <translation>Tout désindexer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Indexer</translation>
    </message>
    <message>
        <source>Unstage</source>
        <translation>Désindexer</translation>
    </message>
    <message>
        <source>Discard Changes…</source>
        <translation>Abandonner les modifications…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Nothing to commit, working tree clean</source>
        <translation>Rien à valider, la copie de travail est propre</translation>
    </message>
</context>
<context>
    <name>gantry::WorktreeAdd</name>
    <message>
        <source>cannot stage &apos;%1&apos;: it is neither a file nor a symbolic link</source>
        <translation>impossible d&apos;indexer « %1 » : ce n&apos;est ni un fichier ni un lien symbolique</translation>
    </message>
    <message>
        <source>cannot stage &apos;%1&apos;</source>
        <translation>impossible d&apos;indexer « %1 »</translation>
    </message>
    <message>
        <source>cannot compare the working tree with the index</source>
        <translation>impossible de comparer l&apos;arbre de travail à l&apos;index</translation>
    </message>
    <message>
        <source>cannot open the object database</source>
        <translation>impossible d&apos;ouvrir la base d&apos;objets</translation>
    </message>
    <message>
        <source>cannot stage all changes</source>
        <translation>impossible d&apos;indexer toutes les modifications</translation>
    </message>
</context>
<context>
    <name>gantry::WorktreeDiscard</name>
    <message>
        <source>&apos;%1&apos; has conflicts: resolve them before discarding</source>
        <translation>« %1 » a des conflits : résolvez-les avant d’abandonner ses modifications</translation>
    </message>
    <message>
        <source>no changes to discard in %1</source>
        <translation>aucune modification à abandonner dans %1</translation>
    </message>
    <message>
        <source>Discard changes in %1</source>
        <translation>Abandon des modifications de %1</translation>
    </message>
    <message>
        <source>Discard changes in %1 files</source>
        <translation>Abandon des modifications de %1 fichiers</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed since its diff was shown; refresh and try again</source>
        <translation>« %1 » a changé depuis l’affichage de son diff ; actualisez et réessayez</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n changed line(s) in %1</source>
        <translation>
            <numerusform>Abandon de %n ligne modifiée dans %1</numerusform>
            <numerusform>Abandon de %n lignes modifiées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gantry::WorktreeFile</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>gantry::YamlBlockEditor</name>
    <message>
        <source>%1 is not a mapping</source>
        <translation>%1 n’est pas une table de correspondance</translation>
    </message>
    <message>
        <source>%1 is not a mapping entry</source>
        <translation>%1 n’est pas une entrée de table de correspondance</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n’est pas une liste</translation>
    </message>
    <message>
        <source>%1 has no item %2</source>
        <translation>%1 n’a pas d’élément %2</translation>
    </message>
    <message>
        <source>item %1 is already there</source>
        <translation>l’élément %1 est déjà présent</translation>
    </message>
    <message>
        <source>%1 is written in flow style ([…]); reorder it in the text</source>
        <translation>%1 est écrit en style flow ([…]) ; réordonnez-le dans le texte</translation>
    </message>
    <message>
        <source>%1 is not a single value</source>
        <translation>%1 n’est pas une valeur unique</translation>
    </message>
    <message>
        <source>%1 has no &apos;:&apos;</source>
        <translation>%1 n’a pas de « : »</translation>
    </message>
</context>
<context>
    <name>gantry::YamlBounds</name>
    <message>
        <source>alias expansion exceeds %1 nodes at &quot;*%2&quot; (Gantry&apos;s limit); the alias is not followed</source>
        <translation>le développement des alias dépasse %1 nœuds à « *%2 » (la limite de Gantry) ; l’alias n’est pas suivi</translation>
    </message>
    <message>
        <source>aliases nest deeper than %1 levels at &quot;*%2&quot; (Gantry&apos;s limit); the alias is not followed</source>
        <translation>les alias s’imbriquent sur plus de %1 niveaux à « *%2 » (la limite de Gantry) ; l’alias n’est pas suivi</translation>
    </message>
    <message>
        <source>alias &quot;*%1&quot; is inside the node it names, so it never ends; the alias is not followed</source>
        <translation>l’alias « *%1 » est dans le nœud qu’il nomme, il ne finit donc jamais ; l’alias n’est pas suivi</translation>
    </message>
</context>
<context>
    <name>gantry::YamlSyntaxParser</name>
    <message>
        <source>only the first YAML document of a file is read</source>
        <translation>seul le premier document YAML d’un fichier est lu</translation>
    </message>
    <message>
        <source>unknown alias &quot;*%1&quot;: no anchor &quot;&amp;%1&quot; before it</source>
        <translation>alias inconnu « *%1 » : aucune ancre « &amp;%1 » avant lui</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels; the rest of the file is not read</source>
        <translation>imbrication de plus de %1 niveaux ; la suite du fichier n’est pas lue</translation>
    </message>
    <message>
        <source>merge keys (&quot;&lt;&lt;&quot;) are not supported here; write the keys out</source>
        <translation>les clés de fusion (« &lt;&lt; ») ne sont pas prises en charge ici ; écrivez les clés en entier</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>clé en double « %1 » (première à la ligne %2)</translation>
    </message>
    <message>
        <source>tab character in indentation; YAML indents with spaces</source>
        <translation>tabulation dans l’indentation ; YAML indente avec des espaces</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation>l’octet 0x%1 n’est pas de l’UTF-8 valide ; enregistrez le fichier en UTF-8</translation>
    </message>
</context>
</TS>
