#include "core/records/TokenType.h"

namespace tieout {

QString tokenTypeApiName(TokenType type)
{
    switch (type) {
    case TokenType::UncachedInput: return QStringLiteral("uncached_input_tokens");
    case TokenType::Output: return QStringLiteral("output_tokens");
    case TokenType::CacheRead: return QStringLiteral("cache_read_input_tokens");
    case TokenType::CacheWrite5m: return QStringLiteral("cache_creation.ephemeral_5m_input_tokens");
    case TokenType::CacheWrite1h: return QStringLiteral("cache_creation.ephemeral_1h_input_tokens");
    }
    return {};
}

std::optional<TokenType> tokenTypeFromApiName(QStringView name)
{
    for (TokenType type : AllTokenTypes) {
        if (name == tokenTypeApiName(type))
            return type;
    }
    return std::nullopt;
}

} // namespace tieout
