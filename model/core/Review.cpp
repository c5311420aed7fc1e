#include "core/Review.h"

#include <QCoreApplication>

namespace nianbao {

namespace {

const char *const StateKeys[] = { "draft", "submitted", "returned", "approved" };

} // namespace

const ReviewEvent *Review::lastSubmission() const
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->state == ReviewState::Submitted)
            return &*it;
    }
    return nullptr;
}

QString Review::stateKey(ReviewState state)
{
    return QString::fromLatin1(StateKeys[int(state)]);
}

QString Review::stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QCoreApplication::translate("nianbao::Review", "Draft");
    case ReviewState::Submitted:
        return QCoreApplication::translate("nianbao::Review", "Submitted");
    case ReviewState::Returned:
        return QCoreApplication::translate("nianbao::Review", "Returned");
    case ReviewState::Approved:
        return QCoreApplication::translate("nianbao::Review", "Approved");
    }
    return QString();
}

std::optional<ReviewState> Review::stateFromKey(const QString &key)
{
    for (int i = 0; i < 4; ++i) {
        if (key == QLatin1String(StateKeys[i]))
            return static_cast<ReviewState>(i);
    }
    return std::nullopt;
}

} // namespace nianbao
