#include <catch2/catch.hpp>

#include <argmap/io.hpp>

using namespace argmap;
using io::AfFormat;
using io::ParseStatus;

TEST_CASE("i23, APX and TGF describe the same framework", "[iccma]") {
    io::NamedFramework a, b, c;
    REQUIRE(io::read_af("p af 3\n# a comment\n1 2\n2 3\n\n3 3\n", AfFormat::i23, a));
    REQUIRE(io::read_af("arg(x). arg(y).\narg(z).\natt(x,y). att(y, z).\n% comment\natt(z,z).", AfFormat::apx, b));
    REQUIRE(io::read_af("x\ny\nz\n#\nx y\ny z\nz z\n", AfFormat::tgf, c));
    for (const auto* nf : {&a, &b, &c}) {
        CHECK(nf->framework.size() == 3);
        CHECK(nf->framework.attack_count() == 3);
        CHECK(nf->framework.attacks(0, 1));
        CHECK(nf->framework.attacks(1, 2));
        CHECK(nf->framework.self_attacking(2));
    }
    CHECK(b.names == std::vector<std::string>{"x", "y", "z"});
    CHECK(io::af_format_of("x.af") == AfFormat::i23);
    CHECK(io::af_format_of("x.apx") == AfFormat::apx);
    CHECK(io::af_format_of("x.tgf") == AfFormat::tgf);
}

TEST_CASE("malformed frameworks name the line", "[iccma][errors]") {
    struct Case {
        const char* text;
        AfFormat format;
        ParseStatus status;
        std::size_t line;
        const char* message;
    };
    const Case cases[] = {
        {"1 2\n", AfFormat::i23, ParseStatus::syntax_error, 1, "before the first attack"},
        {"", AfFormat::i23, ParseStatus::syntax_error, 1, "missing header"},
        {"p af 2\np af 2\n", AfFormat::i23, ParseStatus::syntax_error, 2, "duplicate"},
        {"p af x\n", AfFormat::i23, ParseStatus::syntax_error, 1, "number of arguments"},
        {"p bf 2\n", AfFormat::i23, ParseStatus::syntax_error, 1, "expected header"},
        {"p af 2\n1 3\n", AfFormat::i23, ParseStatus::invalid_value, 2, "outside 1..2"},
        {"p af 2\n0 1\n", AfFormat::i23, ParseStatus::invalid_value, 2, "outside 1..2"},
        {"p af 2\n1 two\n", AfFormat::i23, ParseStatus::syntax_error, 2, "expected an argument number"},
        {"p af 2\n1\n", AfFormat::i23, ParseStatus::syntax_error, 2, "second argument"},
        {"p af 2\n1 2 3\n", AfFormat::i23, ParseStatus::syntax_error, 2, "unexpected text"},
        {"arg(a).\natt(a,b).\n", AfFormat::apx, ParseStatus::unknown_reference, 2, "undeclared argument 'b'"},
        {"arg(a)\n", AfFormat::apx, ParseStatus::syntax_error, 2, "expected ')' and '.'"},
        {"arg(a).\nfoo(a).\n", AfFormat::apx, ParseStatus::syntax_error, 2, "expected 'arg(name).'"},
        {"a\n#\na b\n", AfFormat::tgf, ParseStatus::unknown_reference, 3, "undeclared argument 'b'"},
        {"a\na\n", AfFormat::tgf, ParseStatus::duplicate_id, 2, "declared twice"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        io::NamedFramework nf;
        const auto r = io::read_af(c.text, c.format, nf, "bad");
        INFO(r.description());
        REQUIRE_FALSE(r);
        CHECK(r.status == c.status);
        CHECK(r.error.line == c.line);
        CHECK_THAT(r.error.message, Catch::Contains(c.message));
    }
}
