// nianbao-editor: the editor's window. `nianbao` without a subcommand starts it too.
#include "widgets/shell/EditorApplication.h"

int main(int argc, char **argv)
{
    return nianbao::EditorApplication::run(argc, argv);
}
